using Trading.Common;

namespace Trading.Auth;

/// <summary>
/// Input rules for usernames and passwords. Usernames are ASCII so that case-insensitive uniqueness is a
/// plain invariant lower-casing, with no Unicode case folding or normalization to get wrong.
/// </summary>
public static class CredentialRules
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 64;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;

    /// <summary>The case-insensitive key of a username: its lower-case form.</summary>
    public static string Normalize(string username) => username.ToLowerInvariant();

    /// <summary>Checks a new account's credentials and throws a validation error naming each bad field.</summary>
    public static void ValidateRegistration(string? username, string? password)
    {
        var errors = new ValidationErrors();
        CheckUsername(errors, username);

        if (CheckPasswordInput(errors, password))
        {
            if (password!.Length < PasswordMinLength)
            {
                errors.Add("password", $"The password must be at least {PasswordMinLength} characters long.");
            }

            if (username is not null && string.Equals(password, username, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("password", "The password must not be the same as the username.");
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>
    /// Checks login input. Only the shape is checked here, not the password policy, so that a policy
    /// change never locks out an existing password.
    /// </summary>
    public static void ValidateLogin(string? username, string? password)
    {
        var errors = new ValidationErrors();
        CheckUsername(errors, username);
        CheckPasswordInput(errors, password);
        errors.ThrowIfAny();
    }

    private static void CheckUsername(ValidationErrors errors, string? username)
    {
        if (username is null)
        {
            errors.Add("username", "The username is required.");
            return;
        }

        if (username.Length is < UsernameMinLength or > UsernameMaxLength)
        {
            errors.Add("username", $"The username must be {UsernameMinLength} to {UsernameMaxLength} characters long.");
        }

        if (!username.All(IsUsernameCharacter))
        {
            errors.Add("username", "The username may contain only ASCII letters, digits, '.', '_' and '-'.");
        }
    }

    /// <summary>Checks presence, maximum length and control characters; returns whether the password is present.</summary>
    private static bool CheckPasswordInput(ValidationErrors errors, string? password)
    {
        if (password is null)
        {
            errors.Add("password", "The password is required.");
            return false;
        }

        if (password.Length == 0)
        {
            errors.Add("password", "The password must not be empty.");
        }
        else if (password.Length > PasswordMaxLength)
        {
            errors.Add("password", $"The password must be at most {PasswordMaxLength} characters long.");
        }

        if (password.Any(char.IsControl))
        {
            errors.Add("password", "The password must not contain control characters.");
        }

        return true;
    }

    private static bool IsUsernameCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '.' or '_' or '-';
}
