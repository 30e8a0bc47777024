namespace Trading.MarketData;

/// <summary>
/// The one symbol rule for messages, imports and HTTP routes: 1 to 12 characters from <c>A-Z 0-9 . -</c>,
/// starting with a letter or digit. Lower-case letters are upper-cased and <c>_</c> becomes <c>.</c>, so
/// <c>brk_a</c>, <c>BRK_A</c> and <c>BRK.A</c> are all stored as <c>BRK.A</c>.
/// </summary>
public static class Symbols
{
    public const int MaxLength = 12;

    /// <summary>Normalizes <paramref name="input"/>; on failure returns false with a reason that shows the value.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, out string symbol, out string? reason)
    {
        symbol = string.Empty;
        if (input.IsEmpty)
        {
            reason = "must not be empty";
            return false;
        }

        if (input.Length > MaxLength)
        {
            reason = $"must be at most {MaxLength} characters (got {input.Length})";
            return false;
        }

        Span<char> normalized = stackalloc char[MaxLength];
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            char mapped = c switch
            {
                >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' => c,
                >= 'a' and <= 'z' => (char)(c - 'a' + 'A'),
                '_' => '.',
                _ => '\0',
            };
            if (mapped == '\0')
            {
                reason = $"contains '{c}' at position {i + 1}; only A-Z, 0-9, '.', '-' and '_' are allowed";
                return false;
            }

            normalized[i] = mapped;
        }

        if (normalized[0] is '.' or '-')
        {
            reason = $"must start with a letter or digit (got '{input[0]}')";
            return false;
        }

        symbol = new string(normalized[..input.Length]);
        reason = null;
        return true;
    }
}
