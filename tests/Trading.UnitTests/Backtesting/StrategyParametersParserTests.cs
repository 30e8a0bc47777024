using System.Text.Json;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

public sealed class StrategyParametersParserTests
{
    [Fact]
    public void Parse_SmaCrossover_ReadsTypedValuesAndDefaults()
    {
        StrategyParametersParseResult result = Parse("sma_crossover", """{"symbols": ["aapl", "brk.b"], "fast_period": 10, "slow_period": 50}""");

        var parameters = Assert.IsType<SmaCrossoverParameters>(result.Parameters);
        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "AAPL", "BRK.B" }, parameters.Symbols);
        Assert.Equal(10, parameters.FastPeriod);
        Assert.Equal(50, parameters.SlowPeriod);
        Assert.Equal(0.0, parameters.CommissionBps);
        Assert.Equal(0.0, parameters.SlippageBps);
        Assert.True(parameters.UseAdjustedPrices);
    }

    [Theory]
    [InlineData("ema_crossover", """{"symbols": ["MSFT"], "fast_period": 12, "slow_period": 26, "commission_bps": 5, "slippage_bps": 2.5, "use_adjusted_prices": false}""", typeof(EmaCrossoverParameters))]
    [InlineData("rsi_mean_reversion", """{"symbols": ["MSFT"], "period": 14, "oversold": 30, "overbought": 70}""", typeof(RsiMeanReversionParameters))]
    [InlineData("bollinger_bands", """{"symbols": ["MSFT"], "period": 20, "num_std": 2.5}""", typeof(BollingerBandsParameters))]
    [InlineData("momentum", """{"symbols": ["MSFT", "C"], "lookback": 126}""", typeof(MomentumParameters))]
    [InlineData("buy_and_hold", """{"symbols": ["SPY"]}""", typeof(BuyAndHoldParameters))]
    public void Parse_EachKind_ReturnsItsType(string type, string json, Type expected)
    {
        StrategyParametersParseResult result = Parse(type, json);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.IsType(expected, result.Parameters);
    }

    [Theory]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 50, "slow_period": 50}""", "fast_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 0, "slow_period": 50}""", "fast_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 10, "slow_period": 1001}""", "slow_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": "10", "slow_period": 50}""", "fast_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 10.5, "slow_period": 50}""", "fast_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 10}""", "slow_period")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 10, "slow_period": 50, "fastPeriod": 3}""", "fastPeriod")]
    [InlineData("sma_crossover", """{"symbols": ["A"], "fast_period": 10, "slow_period": 50, "fast_period": 5}""", "fast_period")]
    [InlineData("ema_crossover", """{"symbols": ["A"], "fast_period": null, "slow_period": 50}""", "fast_period")]
    [InlineData("sma_crossover", """{"fast_period": 10, "slow_period": 50}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": []}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": "AAPL"}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": [1]}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": ["AA PL"]}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": ["ABCDEFGHIJKLM"]}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": ["aapl", "AAPL"]}""", "symbols")]
    [InlineData("buy_and_hold", """{"symbols": ["A1","A2","A3","A4","A5","A6","A7","A8","A9","A10","A11","A12","A13","A14","A15","A16","A17","A18","A19","A20","A21"]}""", "symbols")]
    [InlineData("rsi_mean_reversion", """{"symbols": ["A"], "period": 14, "oversold": 70, "overbought": 30}""", "oversold")]
    [InlineData("rsi_mean_reversion", """{"symbols": ["A"], "period": 14, "oversold": 30, "overbought": 101}""", "overbought")]
    [InlineData("rsi_mean_reversion", """{"symbols": ["A"], "period": 14, "oversold": -1, "overbought": 70}""", "oversold")]
    [InlineData("rsi_mean_reversion", """{"symbols": ["A"], "period": 1, "oversold": 30, "overbought": 70}""", "period")]
    [InlineData("bollinger_bands", """{"symbols": ["A"], "period": 20, "num_std": 0}""", "num_std")]
    [InlineData("bollinger_bands", """{"symbols": ["A"], "period": 20, "num_std": -2}""", "num_std")]
    [InlineData("bollinger_bands", """{"symbols": ["A"], "period": 20, "num_std": "2"}""", "num_std")]
    [InlineData("bollinger_bands", """{"symbols": ["A"], "period": 20, "num_std": 11}""", "num_std")]
    [InlineData("momentum", """{"symbols": ["A"], "lookback": 0}""", "lookback")]
    [InlineData("momentum", """{"symbols": ["A"], "lookback": 2147483648}""", "lookback")]
    [InlineData("buy_and_hold", """{"symbols": ["A"], "commission_bps": -1}""", "commission_bps")]
    [InlineData("buy_and_hold", """{"symbols": ["A"], "slippage_bps": 1001}""", "slippage_bps")]
    [InlineData("buy_and_hold", """{"symbols": ["A"], "use_adjusted_prices": "yes"}""", "use_adjusted_prices")]
    [InlineData("buy_and_hold", """{"symbols": ["A"], "fast_period": 5}""", "fast_period")]
    [InlineData("buy_and_hold", """["A"]""", "parameters")]
    [InlineData("mean_reversion", """{"symbols": ["A"]}""", "type")]
    [InlineData("SMA_CROSSOVER", """{"symbols": ["A"]}""", "type")]
    public void Parse_InvalidParameter_ErrorNamesTheField(string type, string json, string field)
    {
        StrategyParametersParseResult result = Parse(type, json);

        Assert.False(result.IsValid);
        Assert.Null(result.Parameters);
        Assert.Contains(result.Errors, error => error.Field == field);
        Assert.All(result.Errors, error => Assert.Contains(error.Field, error.Message));
    }

    [Fact]
    public void Parse_SeveralBadFields_ReportsEach()
    {
        StrategyParametersParseResult result = Parse("rsi_mean_reversion", """{"symbols": [], "period": 0, "oversold": "low", "overbought": 70}""");

        Assert.Equal(new[] { "oversold", "symbols", "period" }, result.Errors.Select(error => error.Field));
    }

    [Fact]
    public void Validate_SeveralOutOfRangeFields_ReportsEach()
    {
        var parameters = new RsiMeanReversionParameters { Symbols = [], Period = 0, Oversold = 80, Overbought = 20, CommissionBps = -1 };

        IEnumerable<string> fields = parameters.Validate().Select(error => error.Field);

        Assert.Equal(new[] { "symbols", "commission_bps", "period", "oversold" }, fields);
    }

    [Theory]
    [InlineData("sma_crossover", """{"symbols": ["aapl", "msft"], "fast_period": 10, "slow_period": 50, "commission_bps": 5, "slippage_bps": 2.5}""")]
    [InlineData("rsi_mean_reversion", """{"symbols": ["C"], "period": 14, "oversold": 25.5, "overbought": 70, "use_adjusted_prices": false}""")]
    [InlineData("bollinger_bands", """{"symbols": ["C"], "period": 20, "num_std": 0.1}""")]
    [InlineData("momentum", """{"symbols": ["C"], "lookback": 20}""")]
    [InlineData("buy_and_hold", """{"symbols": ["C"]}""")]
    public void ToDictionary_ParsedParameters_RoundTripsThroughJson(string type, string json)
    {
        StrategyParameters first = Parse(type, json).Parameters!;

        string echoed = JsonSerializer.Serialize(first.ToDictionary());
        StrategyParametersParseResult second = Parse(type, echoed);

        Assert.True(second.IsValid, string.Join("; ", second.Errors));
        Assert.Equal(echoed, JsonSerializer.Serialize(second.Parameters!.ToDictionary()));
        Assert.Equal(first.Kind, second.Parameters.Kind);
    }

    [Fact]
    public void ToDictionary_SmaCrossover_UsesSnakeCaseKeysAndEffectiveDefaults()
    {
        var parameters = new SmaCrossoverParameters { Symbols = ["AAPL"], FastPeriod = 10, SlowPeriod = 50 };

        string json = JsonSerializer.Serialize(parameters.ToDictionary());

        Assert.Equal(
            """{"symbols":["AAPL"],"fast_period":10,"slow_period":50,"commission_bps":0,"slippage_bps":0,"use_adjusted_prices":true}""",
            json);
    }

    private static StrategyParametersParseResult Parse(string type, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return StrategyParametersParser.Parse(type, document.RootElement.Clone());
    }
}
