namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>The values of the standard <c>MicrosoftAppType</c> key.</summary>
public static class BotAppTypes
{
    /// <summary>App registered in one Entra tenant (the default for new registrations).</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>Multi-tenant app (existing registrations only since July 2025).</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>User-assigned managed identity; outbound tokens come from the instance metadata endpoint.</summary>
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>True when <paramref name="value"/> names <paramref name="type"/>, ignoring case.</summary>
    public static bool Is(string? value, string type) => string.Equals(value, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for one of the three known app types.</summary>
    public static bool IsKnown(string? value) => Is(value, SingleTenant) || Is(value, MultiTenant) || Is(value, UserAssignedMsi);
}
