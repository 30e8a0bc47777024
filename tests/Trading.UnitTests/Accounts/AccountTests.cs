using Trading.Accounts;
using Trading.Common;

namespace Trading.UnitTests.Accounts;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 19, 45, 17, TimeSpan.Zero);

    [Fact]
    public void Deposit_NewAccount_AddsBalanceAndLedgerEntry()
    {
        var account = Account.Open("user-1", Now);

        var entry = account.Deposit(CashAmount.Parse(250.5m), "t1", Now);

        Assert.Equal(250.50m, account.Balance);
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(LedgerEntryKind.Deposit, entry.Kind);
        Assert.Equal(250.50m, entry.Amount);
        Assert.Equal(250.50m, entry.BalanceAfter);
        Assert.Equal([entry], account.Outbox);
        Assert.Equal(1, account.LastSequence);
    }

    [Fact]
    public void Withdraw_ExactBalance_LeavesZero()
    {
        var account = Account.Open("user-1", Now);
        account.Deposit(CashAmount.Parse(100m), "t1", Now);

        var entry = account.Withdraw(CashAmount.Parse(100m), "t2", Now);

        Assert.Equal(0.00m, account.Balance);
        Assert.Equal(-100.00m, entry.Amount);
        Assert.Equal(2, entry.Sequence);
        Assert.Equal("0.00", account.Balance.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Withdraw_OverBalance_RaisesInsufficientFunds()
    {
        var account = Account.Open("user-1", Now);
        account.Deposit(CashAmount.Parse(10m), "t1", Now);

        var exception = Assert.Throws<DomainException>(() => account.Withdraw(CashAmount.Parse(10.01m), "t2", Now));

        Assert.Equal("insufficient-funds", exception.Code);
        Assert.Equal(DomainErrorKind.BusinessRule, exception.Kind);
        Assert.True(exception.Errors.ContainsKey("amount"));
        Assert.Equal(10.00m, account.Balance);
        Assert.Equal(1, account.LastSequence);
        Assert.Single(account.Outbox);
    }

    [Fact]
    public void MarkStored_RemovesOnlyGivenEntries()
    {
        var account = Account.Open("user-1", Now);
        account.Deposit(CashAmount.Parse(1m), "t1", Now);
        account.Deposit(CashAmount.Parse(2m), "t2", Now);

        account.MarkStored(["t1"]);

        var remaining = Assert.Single(account.Outbox);
        Assert.Equal("t2", remaining.TransactionId);
    }
}
