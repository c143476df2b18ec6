using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Bot.Teams;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Configuration;

// Staff replies carry patients' questions as typed: staff commands need Bot Framework authentication (MicrosoftAppId),
// and the ids are Entra GUIDs, so a typo cannot silently lock staff out (or match nobody).
public sealed class StaffAccessOptionsValidator(BotFrameworkAuthenticationOptions authentication) : IValidateOptions<StaffAccessOptions>
{
    private const string Section = StaffAccessOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StaffAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var tenants = options.StaffTenantIds.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        if (tenants.Count > 0 && !authentication.IsAuthenticationEnabled)
        {
            failures.Add($"{Section}:StaffTenantIds is set but MicrosoftAppId is not: staff commands need Bot Framework authentication. "
                + $"Set MicrosoftAppId (with its secret or certificate) or remove {Section}:StaffTenantIds.");
        }

        if (tenants.Count == 0 && options.StaffUserAadIds.Any(id => !string.IsNullOrWhiteSpace(id)))
        {
            failures.Add($"{Section}:StaffUserAadIds is set but {Section}:StaffTenantIds is empty: staff users are looked up within the staff tenants.");
        }

        failures.AddRange(NotGuids(options.StaffTenantIds, "StaffTenantIds"));
        failures.AddRange(NotGuids(options.StaffUserAadIds, "StaffUserAadIds"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> NotGuids(IList<string> ids, string key) =>
        ids.Select((id, index) => (id, index))
            .Where(entry => !string.IsNullOrWhiteSpace(entry.id) && !Guid.TryParse(entry.id, out _))
            .Select(entry => $"{Section}:{key}:{entry.index} '{entry.id}' is not an Entra id (a GUID).");
}
