namespace FaqBot.Bot.Teams;

/// <summary>Who may use the staff commands (sources, stats, reload).</summary>
public sealed class StaffAccessOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "Teams";

    /// <summary>Entra tenant ids whose Teams users are staff (<c>Teams:StaffTenantIds</c>); empty means nobody.</summary>
    public IList<string> StaffTenantIds { get; set; } = [];

    /// <summary>Optional Entra object ids of the staff users (<c>Teams:StaffUserAadIds</c>); empty means every user of the tenants.</summary>
    public IList<string> StaffUserAadIds { get; set; } = [];
}
