namespace Trading.MarketData.ImportTool;

/// <summary>Process exit codes of the import tool.</summary>
public static class ImportExitCodes
{
    /// <summary>Every file was read. Rejected rows do not change the code, because the report lists them.</summary>
    public const int Success = 0;

    /// <summary>At least one file could not be read or fits no known CSV layout. The other files were still imported.</summary>
    public const int FileFailed = 1;

    /// <summary>Invalid arguments or settings, so nothing was imported.</summary>
    public const int Usage = 2;
}
