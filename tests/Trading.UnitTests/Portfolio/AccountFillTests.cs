using Trading.Accounts;
using Trading.Common;
using Trading.Portfolio;

namespace Trading.UnitTests.Portfolio;

public sealed class AccountFillTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 19, 45, 17, TimeSpan.Zero);

    [Fact]
    public void Fill_Buy_CostsRoundedNotionalAndOpensPosition()
    {
        var account = Funded(1000m);

        // 3 × 33.335 = 100.005, which rounds half away from zero to 100.01.
        var result = account.Fill(FillOrder.Create("aapl", 3m, 33.335m), "t2", Now);

        Assert.Equal(899.99m, account.Balance);
        Assert.Equal(-100.01m, result.Entry.Amount);
        Assert.Equal(LedgerEntryKind.Buy, result.Entry.Kind);
        Assert.Equal(new PositionSnapshot("AAPL", 3m, 33.335m), result.Position);
    }

    [Fact]
    public void Fill_BuyOfExactlyTheBalance_Succeeds()
    {
        var account = Funded(100.01m);

        account.Fill(FillOrder.Create("AAPL", 3m, 33.335m), "t2", Now);

        Assert.Equal(0.00m, account.Balance);
    }

    [Fact]
    public void Fill_BuyOverBalance_RaisesInsufficientFunds()
    {
        var account = Funded(100.00m);

        var exception = Assert.Throws<DomainException>(() => account.Fill(FillOrder.Create("AAPL", 3m, 33.335m), "t2", Now));

        Assert.Equal("insufficient-funds", exception.Code);
        Assert.Equal(100.00m, account.Balance);
        Assert.Empty(account.Positions);
        Assert.Equal(1, account.LastSequence);
    }

    [Fact]
    public void Fill_SecondBuy_MovesAverageToWeightedAverage()
    {
        var account = Funded(10_000m);
        account.Fill(FillOrder.Create("AAPL", 10m, 100m), "t2", Now);

        var result = account.Fill(FillOrder.Create("AAPL", 5m, 110m), "t3", Now);

        // (10 × 100 + 5 × 110) / 15 = 103.333333333..., rounded to 8 decimal places.
        Assert.Equal(103.33333333m, result.Position.AveragePrice);
        Assert.Equal(15m, result.Position.Quantity);
        Assert.Equal(10_000m - 1000m - 550m, account.Balance);
    }

    [Fact]
    public void Fill_PartialSell_RecordsRealizedPl()
    {
        var account = Funded(10_000m);
        account.Fill(FillOrder.Create("AAPL", 10m, 100m), "t2", Now);
        account.Fill(FillOrder.Create("AAPL", 5m, 110m), "t3", Now);

        var result = account.Fill(FillOrder.Create("AAPL", -6m, 120m), "t4", Now);

        // 6 × (120 − 103.33333333) = 100.00000002, so realized P&L is 100.00.
        Assert.Equal(100.00m, result.Entry.RealizedPl);
        Assert.Equal(720.00m, result.Entry.Amount);
        Assert.Equal(LedgerEntryKind.Sell, result.Entry.Kind);
        Assert.Equal(new PositionSnapshot("AAPL", 9m, 103.33333333m), result.Position);
        Assert.Equal(8450m + 720m, account.Balance);
        Assert.Equal(100.00m, account.FindPosition("AAPL")!.RealizedPl);
    }

    [Fact]
    public void Fill_SellEverything_ClosesPosition()
    {
        var account = Funded(1000m);
        account.Fill(FillOrder.Create("MSFT", 2.5m, 200m), "t2", Now);

        var result = account.Fill(FillOrder.Create("MSFT", -2.5m, 190m), "t3", Now);

        Assert.Equal(0m, result.Position.Quantity);
        Assert.Equal(200m, result.Position.AveragePrice);
        Assert.Equal(-25.00m, result.Entry.RealizedPl);
        Assert.Empty(account.Positions);
        Assert.Null(account.FindPosition("MSFT"));
        Assert.Equal(975.00m, account.Balance);
    }

    [Fact]
    public void Fill_SellMoreThanHeld_RaisesInsufficientPosition()
    {
        var account = Funded(1000m);
        account.Fill(FillOrder.Create("MSFT", 2m, 100m), "t2", Now);

        var exception = Assert.Throws<DomainException>(() => account.Fill(FillOrder.Create("MSFT", -2.00000001m, 100m), "t3", Now));

        Assert.Equal("insufficient-position", exception.Code);
        Assert.True(exception.Errors.ContainsKey("quantity"));
        Assert.Equal(2m, account.FindPosition("MSFT")!.Quantity);
        Assert.Equal(800.00m, account.Balance);
    }

    [Fact]
    public void Fill_SellWithoutPosition_RaisesInsufficientPosition()
    {
        var account = Funded(1000m);

        var exception = Assert.Throws<DomainException>(() => account.Fill(FillOrder.Create("TSLA", -1m, 100m), "t2", Now));

        Assert.Equal("insufficient-position", exception.Code);
    }

    [Fact]
    public void Fill_BuyBelowHalfCent_IsRejected()
    {
        var account = Funded(1000m);

        var exception = Assert.Throws<DomainException>(() => account.Fill(FillOrder.Create("PENNY", 0.001m, 1m), "t2", Now));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.True(exception.Errors.ContainsKey("quantity"));
        Assert.Empty(account.Positions);
    }

    [Fact]
    public void Fill_TinySell_IsAllowed()
    {
        var account = Funded(1000m);
        account.Fill(FillOrder.Create("PENNY", 1.001m, 1m), "t2", Now);

        var result = account.Fill(FillOrder.Create("PENNY", -0.001m, 1m), "t3", Now);

        Assert.Equal(0.00m, result.Entry.Amount);
        Assert.Equal(1m, result.Position.Quantity);
    }

    private static Account Funded(decimal amount)
    {
        var account = Account.Open("user-1", Now);
        account.Deposit(CashAmount.Parse(amount), "t1", Now);
        return account;
    }
}
