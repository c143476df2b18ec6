namespace FaqBot.Schema.Events;

/// <summary>Records answers and feedback for the clinic's statistics; the server buffers them and writes them to the configured store.</summary>
public interface IAnswerEventSink
{
    /// <summary>Records that a question was answered.</summary>
    ValueTask RecordAnswerAsync(AnswerEvent answerEvent, CancellationToken cancellationToken);

    /// <summary>Records a patient's feedback on an answer.</summary>
    ValueTask RecordFeedbackAsync(FeedbackEvent feedbackEvent, CancellationToken cancellationToken);
}
