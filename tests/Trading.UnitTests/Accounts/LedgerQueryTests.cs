using Trading.Accounts;
using Trading.Common;

namespace Trading.UnitTests.Accounts;

public sealed class LedgerQueryTests
{
    [Theory]
    [InlineData("0", null, "limit")]
    [InlineData("201", null, "limit")]
    [InlineData("-1", null, "limit")]
    [InlineData("abc", null, "limit")]
    [InlineData("1.5", null, "limit")]
    [InlineData(" 5", null, "limit")]
    [InlineData("", null, "limit")]
    [InlineData("99999999999", null, "limit")]
    [InlineData(null, "0", "before")]
    [InlineData(null, "-3", "before")]
    [InlineData(null, "x", "before")]
    [InlineData(null, "", "before")]
    [InlineData(null, "99999999999999999999", "before")]
    public void Create_InvalidValue_RaisesValidationErrorNamingParameter(string? limit, string? before, string field)
    {
        var exception = Assert.Throws<DomainException>(() => LedgerQuery.Create(limit, before));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.True(exception.Errors.ContainsKey(field));
    }

    [Fact]
    public void Create_Absent_UsesDefaults()
    {
        var query = LedgerQuery.Create(null, null);

        Assert.Equal(50, query.Limit);
        Assert.Null(query.Before);
    }

    [Fact]
    public void Create_ValidValues_ParsesThem()
    {
        var query = LedgerQuery.Create("200", "17");

        Assert.Equal(200, query.Limit);
        Assert.Equal(17, query.Before);
    }
}
