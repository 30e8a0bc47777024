namespace Trading.Backtesting.Strategies;

/// <summary>A rejected strategy parameter.</summary>
/// <param name="Field">snake_case key inside <c>parameters</c> (such as <c>fast_period</c>), or <c>type</c> for an unknown strategy type.</param>
/// <param name="Message">What is wrong and what is accepted, in one sentence.</param>
public sealed record ParameterError(string Field, string Message);
