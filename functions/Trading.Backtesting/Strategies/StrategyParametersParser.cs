using System.Text.Json;

namespace Trading.Backtesting.Strategies;

/// <summary>
/// Turns a strategy's <c>type</c> and <c>parameters</c> JSON object into typed, validated parameters. Keys are
/// snake_case; unknown keys, wrong JSON types, missing required keys and out-of-range values are all rejected,
/// each error naming its key.
/// </summary>
public static class StrategyParametersParser
{
    private static readonly string[] CommonKeys =
        [ParameterNames.Symbols, ParameterNames.CommissionBps, ParameterNames.SlippageBps, ParameterNames.UseAdjustedPrices];

    /// <summary>Parses parameters for the strategy type named <paramref name="type"/>; an unknown type is an error on field <c>type</c>.</summary>
    public static StrategyParametersParseResult Parse(string? type, JsonElement parameters)
    {
        if (!StrategyKinds.TryParse(type, out StrategyKind kind))
        {
            return StrategyParametersParseResult.Failure(
                [new ParameterError("type", $"type '{type}' is not a strategy type; accepted: {string.Join(", ", StrategyKinds.Names)}.")]);
        }

        return Parse(kind, parameters);
    }

    public static StrategyParametersParseResult Parse(StrategyKind kind, JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            return StrategyParametersParseResult.Failure(
                [new ParameterError("parameters", "parameters must be a JSON object.")]);
        }

        var reader = new JsonParameterReader(parameters, AcceptedKeys(kind));
        StrategyParameters parsed = Read(kind, reader);

        // Range checks still run after a type error, so one response lists every bad field, but a field that
        // could not be read is reported once, for its type, not again for the placeholder value read in its place.
        var unreadable = reader.Errors.Select(error => error.Field).ToHashSet(StringComparer.Ordinal);
        List<ParameterError> errors = [.. reader.Errors, .. parsed.Validate().Where(error => !unreadable.Contains(error.Field))];
        return errors.Count > 0
            ? StrategyParametersParseResult.Failure(errors)
            : StrategyParametersParseResult.Success(parsed);
    }

    /// <summary>Keys a type accepts: its own plus <c>symbols</c>, <c>commission_bps</c>, <c>slippage_bps</c>, <c>use_adjusted_prices</c>.</summary>
    public static IReadOnlyCollection<string> AcceptedKeys(StrategyKind kind)
    {
        string[] specific = kind switch
        {
            StrategyKind.SmaCrossover or StrategyKind.EmaCrossover => [ParameterNames.FastPeriod, ParameterNames.SlowPeriod],
            StrategyKind.RsiMeanReversion => [ParameterNames.Period, ParameterNames.Oversold, ParameterNames.Overbought],
            StrategyKind.BollingerBands => [ParameterNames.Period, ParameterNames.NumStd],
            StrategyKind.Momentum => [ParameterNames.Lookback],
            StrategyKind.BuyAndHold => [],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown strategy kind."),
        };
        return [.. CommonKeys, .. specific];
    }

    private static StrategyParameters Read(StrategyKind kind, JsonParameterReader reader)
    {
        IReadOnlyList<string> symbols = reader.RequiredSymbols(ParameterNames.Symbols);
        StrategyParameters parameters = kind switch
        {
            StrategyKind.SmaCrossover => new SmaCrossoverParameters
            {
                Symbols = symbols,
                FastPeriod = reader.RequiredInt(ParameterNames.FastPeriod),
                SlowPeriod = reader.RequiredInt(ParameterNames.SlowPeriod),
            },
            StrategyKind.EmaCrossover => new EmaCrossoverParameters
            {
                Symbols = symbols,
                FastPeriod = reader.RequiredInt(ParameterNames.FastPeriod),
                SlowPeriod = reader.RequiredInt(ParameterNames.SlowPeriod),
            },
            StrategyKind.RsiMeanReversion => new RsiMeanReversionParameters
            {
                Symbols = symbols,
                Period = reader.RequiredInt(ParameterNames.Period),
                Oversold = reader.RequiredDouble(ParameterNames.Oversold),
                Overbought = reader.RequiredDouble(ParameterNames.Overbought),
            },
            StrategyKind.BollingerBands => new BollingerBandsParameters
            {
                Symbols = symbols,
                Period = reader.RequiredInt(ParameterNames.Period),
                NumStd = reader.RequiredDouble(ParameterNames.NumStd),
            },
            StrategyKind.Momentum => new MomentumParameters { Symbols = symbols, Lookback = reader.RequiredInt(ParameterNames.Lookback) },
            StrategyKind.BuyAndHold => new BuyAndHoldParameters { Symbols = symbols },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown strategy kind."),
        };

        return parameters with
        {
            CommissionBps = reader.OptionalDouble(ParameterNames.CommissionBps, 0.0),
            SlippageBps = reader.OptionalDouble(ParameterNames.SlippageBps, 0.0),
            UseAdjustedPrices = reader.OptionalBool(ParameterNames.UseAdjustedPrices, true),
        };
    }
}
