using Microsoft.Extensions.Options;

namespace Trading.Backtests;

/// <summary>Rejects an out-of-range wait at start-up with the setting's name.</summary>
public sealed class BacktestOptionsValidator : IValidateOptions<BacktestOptions>
{
    public ValidateOptionsResult Validate(string? name, BacktestOptions options) =>
        options.WaitSeconds is >= 0 and <= BacktestOptions.MaxWaitSeconds
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Setting Backtests__WaitSeconds must be from 0 to {BacktestOptions.MaxWaitSeconds} seconds; got {options.WaitSeconds}.");
}
