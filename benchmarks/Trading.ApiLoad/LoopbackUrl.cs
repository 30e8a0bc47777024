namespace Trading.ApiLoad;

/// <summary>Parses URLs that must point at this machine, because the generator only loads servers it was started beside.</summary>
public static class LoopbackUrl
{
    public static Uri Parse(string text, string optionName)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Invalid {optionName} '{text}': expected an absolute http or https URL.");
        }

        if (uri.Host is not ("127.0.0.1" or "localhost" or "[::1]"))
        {
            throw new ArgumentException($"Invalid {optionName} '{text}': the host must be 127.0.0.1, localhost or [::1].");
        }

        return uri;
    }
}
