namespace FaqBot.Core.Answering;

/// <summary>Turns one patient message into an <see cref="Answer"/>: triage, retrieval, quoting, disclaimer. Thread-safe.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers <paramref name="message"/>; never throws for odd input (empty, huge, emoji, right-to-left text).</summary>
    Answer Ask(string message);
}
