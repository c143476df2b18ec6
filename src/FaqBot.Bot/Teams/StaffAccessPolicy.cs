using FaqBot.Schema.Activities;

namespace FaqBot.Bot.Teams;

/// <summary>Decides whether an activity comes from clinic staff: Teams only, from a configured tenant (and user).</summary>
public sealed class StaffAccessPolicy
{
    private readonly HashSet<string> _tenantIds;
    private readonly HashSet<string> _userIds;

    /// <summary>Creates the policy from <paramref name="options"/>.</summary>
    public StaffAccessPolicy(StaffAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tenantIds = ToSet(options.StaffTenantIds);
        _userIds = ToSet(options.StaffUserAadIds);
    }

    /// <summary>
    /// True only for channel msteams AND a configured tenant (conversation.tenantId and channelData.tenant.id
    /// must agree when both are present) AND, when a user list is configured, from.aadObjectId in it.
    /// </summary>
    public bool IsStaff(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // The channel id is bound to the channel's signing key (endorsement), so web visitors never pass this.
        if (!string.Equals(activity.ChannelId, TeamsActivityExtensions.TeamsChannelId, StringComparison.Ordinal) || _tenantIds.Count == 0)
        {
            return false;
        }

        var conversationTenant = activity.Conversation?.TenantId;
        var channelDataTenant = activity.GetChannelDataTenantId();
        if (!string.IsNullOrWhiteSpace(conversationTenant) && channelDataTenant is not null
            && !string.Equals(conversationTenant, channelDataTenant, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var tenant = activity.GetTenantId();
        if (tenant is null || !_tenantIds.Contains(tenant))
        {
            return false;
        }

        if (_userIds.Count == 0)
        {
            return true;
        }

        var user = activity.From?.AadObjectId;
        return !string.IsNullOrWhiteSpace(user) && _userIds.Contains(user);
    }

    private static HashSet<string> ToSet(IEnumerable<string>? values) =>
        new((values ?? []).Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()), StringComparer.OrdinalIgnoreCase);
}
