using FaqBot.Core.Answering;

namespace FaqBot.Tests.Bot;

// Returns a fixed answer with one quote and two follow-ups; counts calls.
internal sealed class FakeAnswerer : IQuestionAnswerer
{
    public const string Disclaimer = "Test disclaimer: not medical advice.";

    public int Calls { get; private set; }

    public AnswerKind Kind { get; init; } = AnswerKind.Answer;

    /// The crisis card to put above the answer (a message in the crisis watch band), or null.
    public FaqBot.Core.Answering.Crisis.CrisisReply? Crisis { get; init; }

    public Answer Ask(string message)
    {
        Calls++;
        var quote = new Quote("Ketamine is given in a calm room.", "p1", "About Ketamine", "Sessions", "about.md", null, 3.2, []);
        return new Answer(Kind, string.Empty, [quote], ["How long is a session?", "What does it cost?"], Disclaimer, 0.8) { Crisis = Crisis };
    }
}
