using System.ComponentModel.DataAnnotations;
using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Crisis;
using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Crisis;

public sealed class ClinicCrisisResourcesTests
{
    [Fact]
    public void CrisisResourcesFor_NothingConfigured_GivesUnitedStatesResourcesInTheMessagesLanguage()
    {
        var clinic = new ClinicOptions();

        var (englishLocale, english) = clinic.CrisisResourcesFor("en");
        var (spanishLocale, spanish) = clinic.CrisisResourcesFor("es");

        Assert.Equal(("en", "tel:988"), (englishLocale, english.Contacts[0].Uri));
        Assert.Equal(("es", "tel:988"), (spanishLocale, spanish.Contacts[0].Uri));
    }

    [Fact]
    public void CrisisResourcesFor_OnlyEnglishConfigured_NeverFallsBackToAnotherCountrysNumbers()
    {
        var clinic = new ClinicOptions { CrisisResources = { ["en"] = UnitedKingdom() } };

        var (locale, resources) = clinic.CrisisResourcesFor("es");

        Assert.Equal("en", locale);
        Assert.Equal("tel:116123", resources.Contacts[0].Uri);
    }

    [Fact]
    public void Validate_ContactWithWebLinkThatIsNotHttps_IsRefusedNamingTheKey()
    {
        var uk = UnitedKingdom();
        uk.Contacts.Add(new CrisisContact { Label = "Chat", Uri = "javascript:alert(1)", Kind = "crisis" });
        var clinic = new ClinicOptions { CrisisResources = { ["en"] = uk } };

        var errors = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(clinic, new ValidationContext(clinic), errors, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Clinic:CrisisResources:en:Contacts 'Chat'", StringComparison.Ordinal));
    }

    [Fact]
    public void For_EmergencyReply_Orders911First()
    {
        var reply = CrisisReply.For(new TriageResult(TriageKind.Emergency, "emergency.chest"), new ClinicOptions());

        Assert.Equal("tel:911", reply.Contacts[0].Uri);
        Assert.True(reply.Emergency);
        Assert.Contains("[Call 911](tel:911)", reply.ToMarkdown(), StringComparison.Ordinal);
    }

    private static CrisisResources UnitedKingdom() => new()
    {
        Title = "Help is available now",
        SelfText = "Call Samaritans on 116 123, or 999 in an emergency.",
        EmergencyTitle = "Call 999 now",
        EmergencyText = "This may be a medical emergency.",
        Contacts = [new CrisisContact { Label = "Call Samaritans", Uri = "tel:116123", Kind = "crisis" }, new CrisisContact { Label = "Call 999", Uri = "tel:999", Kind = "emergency" }],
    };
}
