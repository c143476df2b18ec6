using System.ComponentModel.DataAnnotations;

namespace FaqBot.Core.Answering;

/// <summary>The clinic's texts: every reply text that is not a quote comes from here (section "Clinic").</summary>
public sealed class ClinicOptions
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

    /// <summary>Crisis resources, shown first when a message signals a crisis.</summary>
    /// <value>The default value names 988, 911 and the nearest emergency room.</value>
    [Required] public string CrisisText { get; set; } =
        "If you are thinking about suicide or harming yourself, or you are in danger right now, please get help immediately: " +
        "call or text **988** (Suicide & Crisis Lifeline, 24/7), call **911**, or go to the nearest emergency room.";

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
}
