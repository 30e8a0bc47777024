namespace Trading.ApiLoad;

/// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a" where that file does not exist.</summary>
public static class LoadAverage
{
    public static string Read()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', fields.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
