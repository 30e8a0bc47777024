namespace Trading.MarketData.Import;

/// <summary>
/// Splits one CSV line into fields (RFC 4180 quoting within the line: <c>"a,b"</c> and <c>""</c> for a
/// quote). Fields spanning lines are not supported, and an unclosed quote is reported as an error.
/// </summary>
internal static class CsvFields
{
    public static bool TrySplit(string line, List<string> fields, out string? error)
    {
        fields.Clear();
        int position = 0;
        while (true)
        {
            if (position < line.Length && line[position] == '"')
            {
                var value = new System.Text.StringBuilder();
                position++;
                while (true)
                {
                    if (position >= line.Length)
                    {
                        error = "unclosed quote";
                        return false;
                    }

                    if (line[position] == '"')
                    {
                        if (position + 1 < line.Length && line[position + 1] == '"')
                        {
                            value.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    value.Append(line[position++]);
                }

                fields.Add(value.ToString());
                if (position < line.Length && line[position] != ',')
                {
                    error = $"unexpected character '{line[position]}' after a quoted field";
                    return false;
                }
            }
            else
            {
                int comma = line.IndexOf(',', position);
                int end = comma < 0 ? line.Length : comma;
                fields.Add(line[position..end].Trim());
                position = end;
            }

            if (position >= line.Length)
            {
                error = null;
                return true;
            }

            position++;
        }
    }
}
