using Trading.Backtesting.Signals;
using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// The per-bar loop of one sleeve. Generic over a struct rule so the JIT compiles one specialised loop per rule
/// with the rule's calls inlined; no allocation happens per bar except when a trade closes.
/// </summary>
/// <remarks>
/// Order of events on bar t: (1) an order signalled on bar t−1's close fills at bar t's open; (2) on the last
/// bar an open position is sold at the close; (3) equity is marked at the close, and a sleeve whose equity is
/// zero or below is ruined; (4) statistics take the mark; (5) the rule sees the close and may signal an order
/// for bar t+1. Nothing in steps 1–4 reads the close of a later bar, and the rule reads only closes up to t.
/// </remarks>
internal static class SymbolSimulator
{
    public static SymbolBacktestResult Run<TRule>(ref TRule rule, BarSeries bars, SleeveSettings settings)
        where TRule : struct, ISignalRule
    {
        int count = bars.Count;
        ReadOnlySpan<double> open = bars.Open;
        ReadOnlySpan<double> close = bars.Close;
        double[] equityCurve = new double[count];
        var ledger = new TradeLedger(bars, settings);
        var statistics = new EquityStatisticsAccumulator(settings.AnnualRiskFreeRate);
        int lastIndex = count - 1;
        int barsInMarket = 0;
        bool orderPending = false;
        bool ruined = false;

        for (int t = 0; t < close.Length; t++)
        {
            if (orderPending)
            {
                orderPending = false;
                if (ledger.InMarket)
                {
                    ledger.Exit(t, open[t], ExitReason.Signal);
                }
                else
                {
                    ledger.Enter(t, open[t]);
                }
            }

            double closePrice = close[t];
            if (ledger.InMarket)
            {
                barsInMarket++;
                if (t == lastIndex)
                {
                    ledger.Exit(t, closePrice, ExitReason.EndOfData);
                }
            }

            double equity = ledger.Cash + (ledger.Quantity * closePrice);
            if (equity <= 0.0 && !ruined)
            {
                ledger.WriteOff(t, closePrice);
                ruined = true;
                equity = 0.0;
            }

            statistics.Add(equity);
            equityCurve[t] = equity;

            bool wantLong = rule.Update(closePrice);
            if (wantLong != ledger.InMarket && !ruined)
            {
                orderPending = true;
            }
        }

        var trades = ledger.Trades;
        double exposure = count == 0 ? 0.0 : (double)barsInMarket / count;
        return new SymbolBacktestResult(
            bars.Symbol,
            settings.InitialCapital,
            count == 0 ? settings.InitialCapital : statistics.LastEquity,
            barsInMarket,
            trades,
            new EquityCurve(bars.DayNumbers, equityCurve),
            statistics.ToStatistics(TradeSummary.From(trades), exposure));
    }
}
