namespace Trading.Infrastructure.Storage;

/// <summary>Settings under <c>Storage</c>: the Blob Storage account that keeps large backtest results.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Storage connection string; never logged.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Blob container for backtest equity curves and trades.</summary>
    public string BacktestContainer { get; set; } = "backtests";
}
