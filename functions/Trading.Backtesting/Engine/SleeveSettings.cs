namespace Trading.Backtesting.Engine;

/// <summary>Money and cost settings of one symbol's sleeve, checked on construction.</summary>
/// <param name="InitialCapital">Starting cash, positive and finite.</param>
/// <param name="CommissionFraction">Commission as a fraction of traded notional (5 bps is 0.0005), 0 to 0.1.</param>
/// <param name="SlippageFraction">Adverse price move on each fill as a fraction (buy pays open × (1 + s), sell gets open × (1 − s)), 0 to 0.1.</param>
/// <param name="AnnualRiskFreeRate">Annual rate for Sharpe and Sortino as a fraction, −1 to 1.</param>
public sealed record SleeveSettings(double InitialCapital, double CommissionFraction, double SlippageFraction, double AnnualRiskFreeRate)
{
    public void Validate()
    {
        if (!(InitialCapital > 0.0) || !double.IsFinite(InitialCapital))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialCapital), InitialCapital, "The initial capital must be positive and finite.");
        }

        if (!(CommissionFraction >= 0.0 && CommissionFraction <= 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(CommissionFraction), CommissionFraction, "The commission must be a fraction from 0 to 0.1.");
        }

        if (!(SlippageFraction >= 0.0 && SlippageFraction <= 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(SlippageFraction), SlippageFraction, "The slippage must be a fraction from 0 to 0.1.");
        }

        if (!(AnnualRiskFreeRate >= -1.0 && AnnualRiskFreeRate <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(AnnualRiskFreeRate), AnnualRiskFreeRate, "The risk-free rate must be an annual fraction from -1 to 1.");
        }
    }
}
