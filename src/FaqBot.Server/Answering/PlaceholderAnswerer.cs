using FaqBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// TEMPORARY stand-in until the answering engine is merged: always the same quote, two follow-ups and the clinic's
// disclaimer, so the website can be built and tested end to end. Nothing else depends on this class.
public sealed class PlaceholderAnswerer(IOptions<ClinicOptions> clinic) : IQuestionAnswerer
{
    public Answer Ask(string message)
    {
        var quote = new Quote(
            "Ketamine therapy is given in a calm, monitored setting, and most patients go home the same day.",
            "placeholder-1",
            "About Ketamine Therapy",
            "What to expect",
            "placeholder.md",
            null,
            1.0,
            []);
        return new Answer(
            AnswerKind.Answer,
            string.Empty,
            [quote],
            ["How long does a ketamine session last?", "What are the side effects of ketamine?"],
            clinic.Value.Disclaimer,
            0.5);
    }
}
