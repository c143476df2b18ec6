using System.ComponentModel.DataAnnotations;
using FaqBot.Core.Answering.Crisis;

namespace FaqBot.Core.Answering;

/// <summary>The clinic's texts: every reply text that is not a quote comes from here (section "Clinic").</summary>
public sealed class ClinicOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Clinic";

    /// <summary>The clinic's name as shown to patients.</summary>
    /// <value>The default value is "Our clinic".</value>
    [Required] public string Name { get; set; } = "Our clinic";

    /// <summary>How to reach the clinic (phone, email or page), shown when FaqBot cannot answer.</summary>
    /// <value>The default value is a generic sentence.</value>
    [Required] public string Contact { get; set; } = "Please contact the clinic directly.";

    /// <summary>The disclaimer closing every answer.</summary>
    /// <value>The default value is a standard "not medical advice" sentence.</value>
    [Required] public string Disclaimer { get; set; } =
        "This information is general and is not medical advice. Please talk with your clinician about your own situation.";

    /// <summary>
    /// Crisis and emergency texts and numbers per locale ("en", "es", …), shown first when a message signals a crisis
    /// or a medical emergency. Empty: the United States resources in English and Spanish (988, 911). Once any locale
    /// is set, only the configured ones are used, so a clinic elsewhere never shows another country's numbers.
    /// </summary>
    public Dictionary<string, CrisisResources> CrisisResources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The locale of <see cref="CrisisResources"/> used when the message's language has none.</summary>
    /// <value>The default value is "en".</value>
    [Required] public string CrisisLocale { get; set; } = "en";

    /// <summary>The resources for a message in <paramref name="language"/>, and the locale they are for.</summary>
    public (string Locale, CrisisResources Resources) CrisisResourcesFor(string language)
    {
        if (CrisisResources.Count == 0)
        {
            return language == "es" ? ("es", DefaultCrisisResources.Spanish()) : ("en", DefaultCrisisResources.English());
        }

        if (CrisisResources.TryGetValue(language, out var own))
        {
            return (language, own);
        }

        return CrisisResources.TryGetValue(CrisisLocale, out var fallback)
            ? (CrisisLocale, fallback)
            : (CrisisResources.First().Key, CrisisResources.First().Value);
    }

    /// <summary>The referral shown when a patient asks for personal medical advice.</summary>
    /// <value>The default value refers the patient to their clinician.</value>
    [Required] public string AdviceText { get; set; } =
        "I can't give personal medical advice. Decisions about your medications, doses or whether a treatment is safe for you " +
        "belong with your clinician, who knows your history. Please ask them directly.";

    /// <summary>What FaqBot says when the documents do not cover a question.</summary>
    /// <value>The default value is an honest "our materials don't cover that".</value>
    [Required] public string AbstainText { get; set; } =
        "I'm sorry, our materials don't cover that question, and I don't want to guess.";

    /// <summary>One sentence on what FaqBot can answer, used in greetings and help.</summary>
    /// <value>The default value describes the ketamine-therapy documents.</value>
    [Required] public string Scope { get; set; } =
        "I answer questions about ketamine therapy for depression, anxiety and PTSD by quoting our clinic's own materials.";

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CrisisResources.Count > 0 && !CrisisResources.ContainsKey(CrisisLocale))
        {
            yield return new ValidationResult($"Clinic:CrisisLocale '{CrisisLocale}' has no Clinic:CrisisResources entry.", [nameof(CrisisLocale)]);
        }

        foreach (var (locale, resources) in CrisisResources)
        {
            var key = $"Clinic:CrisisResources:{locale}";
            if (string.IsNullOrWhiteSpace(resources.Title) || string.IsNullOrWhiteSpace(resources.SelfText)
                || string.IsNullOrWhiteSpace(resources.EmergencyTitle) || string.IsNullOrWhiteSpace(resources.EmergencyText))
            {
                yield return new ValidationResult($"{key} needs Title, SelfText, EmergencyTitle and EmergencyText.", [nameof(CrisisResources)]);
            }

            if (resources.Contacts.Count == 0)
            {
                yield return new ValidationResult($"{key}:Contacts is empty: a crisis reply needs at least one number.", [nameof(CrisisResources)]);
            }

            foreach (var contact in resources.Contacts.Where(c => string.IsNullOrWhiteSpace(c.Label) || !IsContactUri(c.Uri) || c.Kind is not ("crisis" or "emergency" or "clinic")))
            {
                yield return new ValidationResult(
                    $"{key}:Contacts '{contact.Label}' needs a Label, a tel:, sms: or https: Uri (not '{contact.Uri}') and a Kind of crisis, emergency or clinic.",
                    [nameof(CrisisResources)]);
            }
        }
    }

    private static bool IsContactUri(string uri) =>
        uri.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("sms:", StringComparison.OrdinalIgnoreCase)
        || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
