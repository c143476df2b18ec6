namespace FaqBot.Bot;

/// <summary>
/// Remembers, for recent answers, which question each bot reply answered, so feedback that names only the reply
/// (a Teams reaction) or nothing at all (a Teams "Helpful" imBack) can be tied to the question. Bounded, thread-safe.
/// </summary>
internal sealed class RecentAnswers(int capacity = RecentAnswers.DefaultCapacity)
{
    public const int DefaultCapacity = 2_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _questionByReply = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastQuestionByConversation = new(StringComparer.Ordinal);
    private readonly Queue<(string ReplyId, string? ConversationId, string QuestionId)> _order = new();

    public void Remember(string? conversationId, string? replyId, string? questionId)
    {
        if (string.IsNullOrEmpty(questionId))
        {
            return;
        }

        lock (_lock)
        {
            if (!string.IsNullOrEmpty(conversationId))
            {
                _lastQuestionByConversation[conversationId] = questionId;
            }

            if (string.IsNullOrEmpty(replyId) || !_questionByReply.TryAdd(replyId, questionId))
            {
                return;
            }

            _order.Enqueue((replyId, conversationId, questionId));
            if (_order.Count > capacity)
            {
                var (oldReply, oldConversation, oldQuestion) = _order.Dequeue();
                _questionByReply.Remove(oldReply);

                // Forget the conversation's last question only if it is still the evicted one, not a newer one.
                if (oldConversation is not null && _lastQuestionByConversation.TryGetValue(oldConversation, out var last) && last == oldQuestion)
                {
                    _lastQuestionByConversation.Remove(oldConversation);
                }
            }
        }
    }

    public string? QuestionForReply(string? replyId)
    {
        lock (_lock)
        {
            return replyId is not null && _questionByReply.TryGetValue(replyId, out var question) ? question : null;
        }
    }

    public string? LastQuestion(string? conversationId)
    {
        lock (_lock)
        {
            return conversationId is not null && _lastQuestionByConversation.TryGetValue(conversationId, out var question) ? question : null;
        }
    }
}
