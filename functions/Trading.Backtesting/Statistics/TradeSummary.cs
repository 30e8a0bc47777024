using Trading.Backtesting.Engine;

namespace Trading.Backtesting.Statistics;

/// <summary>Win rate and profit factor over closed trades, profit measured after both fees.</summary>
public readonly record struct TradeSummary(int Count, int Wins, double GrossProfit, double GrossLoss)
{
    public double WinRate => Count == 0 ? 0.0 : (double)Wins / Count;

    /// <summary>Gross profit over gross loss; <c>null</c> when no trade lost money.</summary>
    public double? ProfitFactor => GrossLoss > 0.0 ? GrossProfit / GrossLoss : null;

    public static TradeSummary From(IEnumerable<Trade> trades)
    {
        int count = 0;
        int wins = 0;
        double grossProfit = 0.0;
        double grossLoss = 0.0;
        foreach (Trade trade in trades)
        {
            count++;
            if (trade.ProfitLoss > 0.0)
            {
                wins++;
                grossProfit += trade.ProfitLoss;
            }
            else
            {
                grossLoss -= trade.ProfitLoss;
            }
        }

        return new TradeSummary(count, wins, grossProfit, grossLoss);
    }
}
