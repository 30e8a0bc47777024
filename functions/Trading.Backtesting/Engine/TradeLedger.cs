namespace Trading.Backtesting.Engine;

/// <summary>
/// Cash, position and closed trades of one sleeve. Long only, all in: an entry spends all cash on fractional
/// shares and an exit sells every share, so the sleeve is either all cash or all stock.
/// </summary>
internal sealed class TradeLedger
{
    private readonly BarSeries _bars;
    private readonly double _commission;
    private readonly double _slippage;
    private readonly List<Trade> _trades = [];
    private int _entryIndex;
    private double _entryPrice;
    private double _entryFee;
    private double _entryCash;

    public TradeLedger(BarSeries bars, SleeveSettings settings)
    {
        _bars = bars;
        _commission = settings.CommissionFraction;
        _slippage = settings.SlippageFraction;
        Cash = settings.InitialCapital;
    }

    public double Cash { get; private set; }

    public double Quantity { get; private set; }

    public bool InMarket { get; private set; }

    public List<Trade> Trades => _trades;

    /// <summary>
    /// Buys with all cash at <c>price × (1 + slippage)</c>, paying commission on the notional:
    /// notional = cash / (1 + commission), fee = cash − notional. Skipped, leaving the order to be signalled
    /// again, when the fill price is zero or negative because no quantity can be bought at such a price.
    /// </summary>
    public void Enter(int index, double price)
    {
        double fillPrice = price * (1.0 + _slippage);
        if (!(fillPrice > 0.0) || !(Cash > 0.0))
        {
            return;
        }

        double notional = Cash / (1.0 + _commission);
        _entryIndex = index;
        _entryPrice = fillPrice;
        _entryFee = Cash - notional;
        _entryCash = Cash;
        Quantity = notional / fillPrice;
        Cash = 0.0;
        InMarket = true;
    }

    /// <summary>
    /// Sells every share at <c>price × (1 − slippage)</c>, paying commission on the absolute notional. The cash
    /// left is floored at 0: a long position without leverage cannot lose more than it cost.
    /// </summary>
    public void Exit(int index, double price, ExitReason reason)
    {
        double fillPrice = price * (1.0 - _slippage);
        double gross = Quantity * fillPrice;
        double fee = Math.Abs(gross) * _commission;
        double cash = Math.Max(gross - fee, 0.0);
        Close(index, fillPrice, fee, cash, reason);
    }

    /// <summary>Closes the sleeve at zero value after its equity reached zero or below.</summary>
    public void WriteOff(int index, double price)
    {
        if (InMarket)
        {
            Close(index, price, 0.0, 0.0, ExitReason.Ruin);
        }

        Cash = 0.0;
    }

    private void Close(int index, double fillPrice, double exitFee, double cashAfter, ExitReason reason)
    {
        double profitLoss = cashAfter - _entryCash;
        _trades.Add(new Trade(
            _bars.Symbol,
            _bars.DayNumbers[_entryIndex],
            _entryPrice,
            _bars.DayNumbers[index],
            fillPrice,
            Quantity,
            _entryFee + exitFee,
            profitLoss,
            profitLoss / _entryCash,
            reason));
        Cash = cashAfter;
        Quantity = 0.0;
        InMarket = false;
    }
}
