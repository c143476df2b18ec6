using FaqBot.Core.Answering;
using FaqBot.Core.Validation;

namespace FaqBot.Bot;

/// <summary>Texts and buttons of the bot's conversation (section "Bot"); the clinic's own texts live in ClinicOptions.</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>Example questions offered with the welcome when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultExampleQuestions = FaqEngineSettings.DefaultExampleQuestions;

    /// <summary>Example questions offered as buttons with the welcome (3–4 read best).</summary>
    /// <value>The default value is empty, meaning <see cref="DefaultExampleQuestions"/>.</value>
    public List<string> ExampleQuestions { get; set; } = [];

    /// <summary>Greeting line of the welcome; the clinic's scope sentence follows it.</summary>
    /// <value>The default value is "Hello! I'm the virtual assistant of {0}." where {0} is the clinic's name.</value>
    [CompositeFormat(1)] public string Greeting { get; set; } = "Hello! I'm the virtual assistant of {0}.";

    /// <summary>Caption of the positive feedback button.</summary>
    /// <value>The default value is "Helpful".</value>
    public string HelpfulTitle { get; set; } = "Helpful";

    /// <summary>Caption of the negative feedback button.</summary>
    /// <value>The default value is "Not helpful".</value>
    public string NotHelpfulTitle { get; set; } = "Not helpful";

    /// <summary>Reply to a feedback click.</summary>
    /// <value>The default value is a short thanks.</value>
    public string FeedbackThanks { get; set; } = "Thank you for your feedback!";

    /// <summary>Reply to a message with no text (for example an attachment only).</summary>
    /// <value>The default value asks the patient to type a question.</value>
    public string EmptyMessageReply { get; set; } = "Please type your question as text, and I'll look it up in our materials.";

    /// <summary>The example questions in effect: the configured ones, else the defaults.</summary>
    public IReadOnlyList<string> EffectiveExampleQuestions =>
        ExampleQuestions.Count > 0 ? ExampleQuestions : DefaultExampleQuestions;
}
