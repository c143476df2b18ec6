using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;

namespace FaqBot.Tests.Bot.Teams;

public sealed class StaffAccessPolicyTests
{
    private const string OtherTenant = "99999999-0000-0000-0000-000000000000";

    private static readonly StaffAccessPolicy TenantPolicy = new(new StaffAccessOptions { StaffTenantIds = [TeamsFixtures.ClinicTenant] });

    [Theory]
    [InlineData("personal-message")]
    [InlineData("channel-message")]
    [InlineData("groupchat-message")]
    public void IsStaff_TeamsMessageFromConfiguredTenant_ReturnsTrue(string fixture)
    {
        var activity = TeamsFixtures.Load(fixture);

        var staff = TenantPolicy.IsStaff(activity);

        Assert.True(staff);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("MSTEAMS")]
    public void IsStaff_SameTenantDataOnOtherChannel_ReturnsFalse(string channelId)
    {
        var activity = TeamsFixtures.Load("personal-message") with { ChannelId = channelId };

        var staff = TenantPolicy.IsStaff(activity);

        Assert.False(staff);
    }

    [Fact]
    public void IsStaff_OtherTenant_ReturnsFalse()
    {
        var activity = WithTenants(TeamsFixtures.Load("personal-message"), OtherTenant, OtherTenant);

        var staff = TenantPolicy.IsStaff(activity);

        Assert.False(staff);
    }

    [Fact]
    public void IsStaff_ConversationAndChannelDataTenantsDisagree_ReturnsFalse()
    {
        var activity = WithTenants(TeamsFixtures.Load("personal-message"), TeamsFixtures.ClinicTenant, OtherTenant);

        var staff = TenantPolicy.IsStaff(activity);

        Assert.False(staff);
    }

    [Fact]
    public void IsStaff_OnlyChannelDataTenant_UsesIt()
    {
        var activity = WithTenants(TeamsFixtures.Load("personal-message"), null, TeamsFixtures.ClinicTenant);

        var staff = TenantPolicy.IsStaff(activity);

        Assert.True(staff);
    }

    [Fact]
    public void IsStaff_NoTenantAtAll_ReturnsFalse()
    {
        var activity = WithTenants(TeamsFixtures.Load("personal-message"), null, null);

        var staff = TenantPolicy.IsStaff(activity);

        Assert.False(staff);
    }

    [Fact]
    public void IsStaff_NoTenantsConfigured_ReturnsFalse()
    {
        var policy = new StaffAccessPolicy(new StaffAccessOptions());

        var staff = policy.IsStaff(TeamsFixtures.Load("personal-message"));

        Assert.False(staff);
    }

    [Fact]
    public void IsStaff_UserListConfigured_OnlyListedUsersPass()
    {
        var policy = new StaffAccessPolicy(new StaffAccessOptions
        {
            StaffTenantIds = [TeamsFixtures.ClinicTenant.ToUpperInvariant()],
            StaffUserAadIds = ["aaaaaaaa-0000-0000-0000-000000000001"],
        });

        var ana = policy.IsStaff(TeamsFixtures.Load("personal-message"));
        var ben = policy.IsStaff(TeamsFixtures.Load("channel-message"));
        var anonymous = policy.IsStaff(TeamsFixtures.Load("personal-message") with { From = new ChannelAccount { Id = "29:x" } });

        Assert.True(ana);
        Assert.False(ben);
        Assert.False(anonymous);
    }

    private static Activity WithTenants(Activity activity, string? conversationTenant, string? channelDataTenant) => activity with
    {
        Conversation = activity.Conversation! with { TenantId = conversationTenant },
        ChannelData = channelDataTenant is null
            ? JsonSerializer.SerializeToElement(new { })
            : JsonSerializer.SerializeToElement(new { tenant = new { id = channelDataTenant } }),
    };
}
