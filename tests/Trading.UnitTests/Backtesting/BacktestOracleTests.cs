using System.Text.Json;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Statistics;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

/// <summary>
/// Compares the engine with tests/oracle/expected.json, written by the independent NumPy implementation in
/// tests/oracle/backtest_oracle.py from the same real price files. Regenerate with
/// <c>/usr/bin/python3 tests/oracle/backtest_oracle.py</c>.
/// </summary>
public sealed class BacktestOracleTests
{
    private const double RelativeTolerance = 1e-9;

    [MarketDataFact]
    public void RunPortfolio_OracleCases_MatchNumPyWithin1e9Relative()
    {
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(MarketDataFolder.RepositoryRoot, "tests", "oracle", "expected.json")));
        JsonElement[] cases = expected.RootElement.GetProperty("cases").EnumerateArray().ToArray();
        Assert.NotEmpty(cases);

        foreach (JsonElement oracleCase in cases)
        {
            string name = oracleCase.GetProperty("name").GetString()!;
            PortfolioBacktestResult actual = Run(oracleCase);

            Assert.Equal(oracleCase.GetProperty("bar_count").GetInt32(), actual.EquityCurve.Count);
            AssertStatistics(name, oracleCase.GetProperty("portfolio"), actual.Statistics, actual.FinalEquity);
            AssertTrades(name, oracleCase.GetProperty("trades"), actual.Trades);
        }
    }

    private static PortfolioBacktestResult Run(JsonElement oracleCase)
    {
        string source = oracleCase.GetProperty("source").GetString()!;
        string path = Path.Combine(MarketDataFolder.Path!, source);
        string[] symbols = oracleCase.GetProperty("symbols").EnumerateArray().Select(symbol => symbol.GetString()!).ToArray();
        Dictionary<string, BarSeries> bars = symbols.ToDictionary(
            symbol => symbol,
            symbol => source.StartsWith("wiki", StringComparison.Ordinal)
                ? MarketDataCsv.ReadWikiAdjusted(path, symbol)
                : MarketDataCsv.ReadWideCloses(path, symbol));

        // The oracle's strategy object plus its costs is a valid parameters object for the API parser.
        JsonElement strategy = oracleCase.GetProperty("strategy");
        var parameters = new Dictionary<string, object> { ["symbols"] = symbols };
        foreach (JsonProperty property in strategy.EnumerateObject().Where(property => property.Name != "type"))
        {
            parameters[property.Name] = property.Value.GetInt32();
        }

        parameters["commission_bps"] = oracleCase.GetProperty("commission_bps").GetDouble();
        parameters["slippage_bps"] = oracleCase.GetProperty("slippage_bps").GetDouble();
        using JsonDocument parametersJson = JsonDocument.Parse(JsonSerializer.Serialize(parameters));
        StrategyParametersParseResult parsed = StrategyParametersParser.Parse(strategy.GetProperty("type").GetString(), parametersJson.RootElement);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));

        return BacktestEngine.Run(parsed.Parameters!, bars, oracleCase.GetProperty("initial_capital").GetDouble());
    }

    private static void AssertStatistics(string name, JsonElement expected, PerformanceStatistics actual, double finalEquity)
    {
        Precision.AssertClose(expected.GetProperty("final_equity").GetDouble(), finalEquity, RelativeTolerance, $"{name} final equity");
        Precision.AssertClose(expected.GetProperty("total_return").GetDouble(), actual.TotalReturn, RelativeTolerance, $"{name} total return");
        Precision.AssertClose(expected.GetProperty("sharpe_ratio").GetDouble(), actual.SharpeRatio, RelativeTolerance, $"{name} Sharpe");
        Precision.AssertClose(expected.GetProperty("sortino_ratio").GetDouble(), actual.SortinoRatio, RelativeTolerance, $"{name} Sortino");
        Precision.AssertClose(expected.GetProperty("annualized_volatility").GetDouble(), actual.AnnualizedVolatility, RelativeTolerance, $"{name} volatility");
        Precision.AssertClose(expected.GetProperty("max_drawdown").GetDouble(), actual.MaxDrawdown, RelativeTolerance, $"{name} max drawdown");
        Precision.AssertClose(expected.GetProperty("cagr").GetDouble(), actual.Cagr, RelativeTolerance, $"{name} CAGR");
        Precision.AssertClose(expected.GetProperty("exposure").GetDouble(), actual.Exposure, RelativeTolerance, $"{name} exposure");
        Precision.AssertClose(expected.GetProperty("win_rate").GetDouble(), actual.WinRate, RelativeTolerance, $"{name} win rate");
        Assert.Equal(expected.GetProperty("trade_count").GetInt32(), actual.TradeCount);

        JsonElement profitFactor = expected.GetProperty("profit_factor");
        if (profitFactor.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual.ProfitFactor);
        }
        else
        {
            Assert.NotNull(actual.ProfitFactor);
            Precision.AssertClose(profitFactor.GetDouble(), actual.ProfitFactor.Value, RelativeTolerance, $"{name} profit factor");
        }
    }

    private static void AssertTrades(string name, JsonElement expected, IReadOnlyList<Trade> actual)
    {
        JsonElement[] trades = expected.EnumerateArray().ToArray();
        Assert.Equal(trades.Length, actual.Count);
        for (int i = 0; i < trades.Length; i++)
        {
            JsonElement trade = trades[i];
            string what = $"{name} trade {i}";
            Assert.Equal(trade.GetProperty("symbol").GetString(), actual[i].Symbol);
            Assert.Equal(DateOnly.Parse(trade.GetProperty("entry_date").GetString()!), actual[i].EntryDate);
            Assert.Equal(DateOnly.Parse(trade.GetProperty("exit_date").GetString()!), actual[i].ExitDate);
            string reason = trade.GetProperty("exit_reason").GetString()!;
            Assert.Equal(reason == "end_of_data" ? ExitReason.EndOfData : ExitReason.Signal, actual[i].ExitReason);
            Precision.AssertClose(trade.GetProperty("entry_price").GetDouble(), actual[i].EntryPrice, RelativeTolerance, $"{what} entry price");
            Precision.AssertClose(trade.GetProperty("exit_price").GetDouble(), actual[i].ExitPrice, RelativeTolerance, $"{what} exit price");
            Precision.AssertClose(trade.GetProperty("quantity").GetDouble(), actual[i].Quantity, RelativeTolerance, $"{what} quantity");
            Precision.AssertClose(trade.GetProperty("fees").GetDouble(), actual[i].Fees, RelativeTolerance, $"{what} fees");
            Precision.AssertClose(trade.GetProperty("pnl").GetDouble(), actual[i].ProfitLoss, RelativeTolerance, $"{what} profit");
        }
    }
}
