using System.Text.Json;
using Trading.Backtesting.Strategies;
using Trading.Strategies;

namespace Trading.Infrastructure.Strategies;

/// <summary>Converts between <see cref="Strategy"/> and its stored document.</summary>
internal static class StrategyDocumentMapper
{
    public static StrategyDocument ToDocument(Strategy strategy) => new()
    {
        Id = strategy.Id,
        UserId = strategy.UserId,
        Name = strategy.Name,
        StrategyType = strategy.TypeName,
        Parameters = JsonSerializer.SerializeToElement(strategy.Parameters.ToDictionary()),
        CreatedAt = strategy.CreatedAt,
        Performance = strategy.Performance is { } performance ? ToDocument(performance) : null,
    };

    public static PerformanceDocument ToDocument(StrategyPerformance performance) => new()
    {
        BacktestId = performance.BacktestId,
        TotalReturn = performance.TotalReturn,
        SharpeRatio = performance.SharpeRatio,
        MaxDrawdown = performance.MaxDrawdown,
        CompletedAt = performance.CompletedAt,
    };

    /// <exception cref="InvalidOperationException">The stored parameters no longer parse, which means the document was changed by hand or by an incompatible version.</exception>
    public static Strategy ToStrategy(StrategyDocument document)
    {
        StrategyParametersParseResult parsed = StrategyParametersParser.Parse(document.StrategyType, document.Parameters);
        StrategyParameters parameters = parsed.Parameters ?? throw new InvalidOperationException(
            $"Strategy {document.Id} has stored parameters that do not parse: {string.Join(" ", parsed.Errors.Select(error => error.Message))}");

        StrategyPerformance? performance = document.Performance is { } stored
            ? new StrategyPerformance(stored.BacktestId, stored.TotalReturn, stored.SharpeRatio, stored.MaxDrawdown, stored.CompletedAt)
            : null;
        return new Strategy(document.Id, document.UserId, document.Name, parameters, document.CreatedAt, performance);
    }
}
