namespace Trading.Backtesting.Strategies;

/// <summary>API names of the strategy types, such as <c>sma_crossover</c>.</summary>
public static class StrategyKinds
{
    private static readonly Dictionary<string, StrategyKind> ByName = new(StringComparer.Ordinal)
    {
        ["sma_crossover"] = StrategyKind.SmaCrossover,
        ["ema_crossover"] = StrategyKind.EmaCrossover,
        ["rsi_mean_reversion"] = StrategyKind.RsiMeanReversion,
        ["bollinger_bands"] = StrategyKind.BollingerBands,
        ["momentum"] = StrategyKind.Momentum,
        ["buy_and_hold"] = StrategyKind.BuyAndHold,
    };

    /// <summary>Every accepted name, for error messages and API docs.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>Looks up a type by its exact, case-sensitive API name.</summary>
    public static bool TryParse(string? name, out StrategyKind kind) =>
        ByName.TryGetValue(name ?? string.Empty, out kind);

    public static string ToName(StrategyKind kind) => kind switch
    {
        StrategyKind.SmaCrossover => "sma_crossover",
        StrategyKind.EmaCrossover => "ema_crossover",
        StrategyKind.RsiMeanReversion => "rsi_mean_reversion",
        StrategyKind.BollingerBands => "bollinger_bands",
        StrategyKind.Momentum => "momentum",
        StrategyKind.BuyAndHold => "buy_and_hold",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown strategy kind."),
    };
}
