using System.Globalization;
using Trading.ApiLoad;

// A constant-rate HTTP load generator for the API latency benchmark, driven by benchmarks/api/run.sh.
if (args is ["serve-baseline", "--urls", var baselineUrl])
{
    await BaselineServer.RunAsync(LoopbackUrl.Parse(baselineUrl, "--urls"));
    return 0;
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

// Enough threads from the start that thread-pool growth (one thread per ~0.5 s) does not add latency.
ThreadPool.SetMinThreads(32, 32);

using var handler = new SocketsHttpHandler
{
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    UseCookies = false,
    UseProxy = false,
};
using var client = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = options.RequestTimeout };

string? token = null;
if (options.Register)
{
    try
    {
        token = await ApiSession.RegisterAndLogInAsync(client, CancellationToken.None);
        if (options.TamperSignature)
        {
            token = ApiSession.TamperSignature(token);
        }
    }
    catch (HttpRequestException exception)
    {
        Console.Error.WriteLine($"error: registering and logging in at {options.BaseUrl} failed: {exception.Message}");
        return 1;
    }

    Console.WriteLine(options.TamperSignature
        ? "Registered a new user and logged in; requests carry its access token with a changed signature."
        : "Registered a new user and logged in; requests carry its access token.");
}

var rows = new List<string>();
for (var run = 1; run <= options.Runs; run++)
{
    var loadBefore = LoadAverage.Read();
    var startedAt = DateTimeOffset.UtcNow;
    Console.WriteLine(FormattableString.Invariant(
        $"Run {run}/{options.Runs}: GET {options.Path} at {options.RequestsPerSecond} req/s, {options.WarmUp.TotalSeconds} s warm-up + {options.Duration.TotalSeconds} s measured; load average {loadBefore}"));

    var cpuBefore = Environment.CpuUsage.TotalTime;
    var measurement = await new OpenLoopRunner(client, options, token).RunAsync();
    var generatorCpu = Environment.CpuUsage.TotalTime - cpuBefore;
    var summary = measurement.Summarise();
    var loadAfter = LoadAverage.Read();
    ReportPrinter.PrintRun(summary, loadAfter, generatorCpu);
    rows.Add(ReportPrinter.MarkdownRow(run, startedAt, summary, loadBefore, loadAfter));

    if (options.LatencyDirectory is not null)
    {
        Directory.CreateDirectory(options.LatencyDirectory);
        measurement.WriteLatencies(Path.Combine(options.LatencyDirectory, string.Create(CultureInfo.InvariantCulture, $"run{run}-latency-us.txt")));
    }
}

ReportPrinter.PrintTable(rows);
return 0;
