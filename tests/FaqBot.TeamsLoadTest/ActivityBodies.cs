using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FaqBot.TeamsLoadTest;

// Teams personal-chat activities as the channel posts them (shape of tests/data/teams/personal-message.json),
// spread over several conversations. Activity number n gets the Teams-like id Base + n.
internal sealed class ActivityBodies
{
    public const string Message = "message";
    public const string Typing = "typing";

    private const long Base = 1_763_700_000_000;

    // Ordinary patient questions (the real engine answers them; none is a staff command or a crisis).
    private static readonly string[] Questions =
    [
        "What are the side effects of ketamine?",
        "How long is a session?",
        "Is ketamine therapy safe?",
        "How many treatments will I need?",
        "Can I drive home after the infusion?",
        "What does ketamine do for depression?",
        "How should I prepare for my first appointment?",
        "Does insurance cover ketamine treatment?",
    ];

    private readonly string _kind;
    private readonly string _serviceUrl;
    private readonly int _conversations;

    public ActivityBodies(string kind, string serviceUrl, int conversations)
    {
        if (kind is not (Message or Typing))
        {
            throw new ArgumentException($"Activity kind must be '{Message}' or '{Typing}', not '{kind}'.", nameof(kind));
        }

        _kind = kind;
        _serviceUrl = JsonEncodedText.Encode(serviceUrl).ToString();
        _conversations = Math.Max(1, conversations);
    }

    public static string Id(long number) => (Base + number).ToString(CultureInfo.InvariantCulture);

    public static bool TryParseNumber(string id, out int number)
    {
        number = -1;
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < Base || value - Base > int.MaxValue)
        {
            return false;
        }

        number = (int)(value - Base);
        return true;
    }

    public byte[] Create(long number, DateTimeOffset now)
    {
        var conversation = (int)(number % _conversations);
        var text = _kind == Message ? $"\"text\":\"{Questions[number % Questions.Length]}\"," : string.Empty;
        var json = $$$"""
            {"type":"{{{_kind}}}","id":"{{{Id(number)}}}","timestamp":"{{{now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}}}",
            "serviceUrl":"{{{_serviceUrl}}}","channelId":"msteams",
            "from":{"id":"29:1BenchUser{{{conversation}}}","name":"Bench User {{{conversation}}}","aadObjectId":"aaaaaaaa-0000-0000-0000-{{{conversation:D12}}}"},
            "conversation":{"conversationType":"personal","tenantId":"{{{BenchIdentity.UserTenantId}}}","id":"a:1BenchPersonalChat{{{conversation}}}"},
            "recipient":{"id":"28:{{{BenchIdentity.AppId}}}","name":"FAQ Bot"},
            "textFormat":"plain","locale":"en-US",{{{text}}}
            "entities":[{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin"}],
            "channelData":{"tenant":{"id":"{{{BenchIdentity.UserTenantId}}}"} } }
            """;
        return Encoding.UTF8.GetBytes(json);
    }
}
