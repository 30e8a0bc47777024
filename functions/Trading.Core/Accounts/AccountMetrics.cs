using System.Diagnostics.Metrics;

namespace Trading.Accounts;

/// <summary>Counters of account writes, on the meter <c>Trading.Accounts</c>.</summary>
public sealed class AccountMetrics
{
    public const string MeterName = "Trading.Accounts";

    public const string ConflictsInstrument = "trading.accounts.write_conflicts";

    public const string CommitsInstrument = "trading.accounts.commits";

    private readonly Counter<long> conflicts;
    private readonly Counter<long> commits;

    public AccountMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        conflicts = meter.CreateCounter<long>(ConflictsInstrument, description: "Conditional account replaces rejected with 412 and retried.");
        commits = meter.CreateCounter<long>(CommitsInstrument, description: "Account changes stored.");
    }

    public void Conflict() => conflicts.Add(1);

    public void Commit() => commits.Add(1);
}
