namespace Trading.Auth;

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    Failed,

    Succeeded,

    /// <summary>The password matches, but the hash uses fewer iterations than configured and should be replaced.</summary>
    SucceededRehashNeeded,
}
