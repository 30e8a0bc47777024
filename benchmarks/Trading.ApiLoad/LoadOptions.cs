using System.Globalization;

namespace Trading.ApiLoad;

/// <summary>Command-line settings of one load session; <see cref="Parse"/> rejects out-of-range values.</summary>
public sealed record LoadOptions(
    Uri BaseUrl,
    string Path,
    double RequestsPerSecond,
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Runs,
    TimeSpan RequestTimeout,
    bool Register,
    int? ExpectedStatus,
    string? LatencyDirectory)
{
    /// <summary>Upper bound on requests per run, so a typo in the rate or duration cannot run for hours.</summary>
    public const int MaxRequestsPerRun = 2_000_000;

    public const string Usage = """
        usage: Trading.ApiLoad --base-url URL [options]
               Trading.ApiLoad serve-baseline --urls URL

        Sends GET requests at a constant arrival rate (open loop) and prints latency percentiles.
        Latency runs from each request's scheduled send time to the end of its response body.

          --base-url URL      loopback address of the API, such as http://127.0.0.1:7071/ (required)
          --path PATH         request path (default /v1/account)
          --rate N            requests per second (default 500)
          --duration S        measured seconds per run (default 30)
          --warmup S          unmeasured seconds before each run (default 5)
          --runs N            runs, each with its own warm-up (default 3)
          --timeout S         per-request timeout in seconds; a timeout counts as an error (default 5)
          --register          register a new user and log in first, then send its bearer token
          --tamper-signature  with --register: change the token's signature, so every request fails
                              signature validation (401) before any storage read
          --expect-status N   the status that counts as success (default: any 2xx)
          --latency-dir DIR   also write each run's latencies in microseconds, one a line, to DIR

        serve-baseline starts a bare JSON endpoint at GET /v1/account on a loopback URL, as a floor.
        """;

    /// <summary>Whether to send the registered user's token with a changed signature.</summary>
    public bool TamperSignature { get; init; }

    public TimeSpan TotalPerRun => WarmUp + Duration;

    public int TotalRequests => (int)Math.Round(RequestsPerSecond * TotalPerRun.TotalSeconds);

    public int WarmUpRequests => (int)Math.Round(RequestsPerSecond * WarmUp.TotalSeconds);

    /// <summary>Parses the arguments and throws <see cref="ArgumentException"/> naming an invalid option.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        Uri? baseUrl = null;
        var path = "/v1/account";
        double rate = 500, duration = 30, warmUp = 5, timeout = 5;
        int runs = 3;
        var register = false;
        var tamperSignature = false;
        int? expectedStatus = null;
        string? latencyDirectory = null;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {name} needs a value.");

            switch (name)
            {
                case "--base-url": baseUrl = LoopbackUrl.Parse(Value(), name); break;
                case "--path": path = Value(); break;
                case "--rate": rate = Number(name, Value(), 1, 100_000); break;
                case "--duration": duration = Number(name, Value(), 1, 3_600); break;
                case "--warmup": warmUp = Number(name, Value(), 0, 600); break;
                case "--runs": runs = (int)Number(name, Value(), 1, 100); break;
                case "--timeout": timeout = Number(name, Value(), 0.1, 60); break;
                case "--register": register = true; break;
                case "--tamper-signature": tamperSignature = true; break;
                case "--expect-status": expectedStatus = (int)Number(name, Value(), 100, 599); break;
                case "--latency-dir": latencyDirectory = Value(); break;
                default: throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (baseUrl is null)
        {
            throw new ArgumentException("The option --base-url is required.");
        }

        if (tamperSignature && !register)
        {
            throw new ArgumentException("The option --tamper-signature needs --register.");
        }

        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"Invalid --path '{path}': it must start with '/'.");
        }

        var options = new LoadOptions(
            baseUrl, path, rate, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), runs,
            TimeSpan.FromSeconds(timeout), register, expectedStatus, latencyDirectory)
        {
            TamperSignature = tamperSignature,
        };
        if (rate * (duration + warmUp) > MaxRequestsPerRun)
        {
            throw new ArgumentException($"--rate times (--duration + --warmup) is {options.TotalRequests}; the maximum per run is {MaxRequestsPerRun}.");
        }

        return options;
    }

    private static double Number(string name, string text, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ArgumentException($"Invalid {name} '{text}': expected a number from {min} to {max}.");
        }

        return value;
    }
}
