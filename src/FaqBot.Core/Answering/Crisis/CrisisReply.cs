using System.Text;
using FaqBot.Core.Answering.Triage;

namespace FaqBot.Core.Answering.Crisis;

/// <summary>What a crisis or emergency reply shows, in the message's language, for the writer or for someone worried about another.</summary>
/// <param name="Title">The card's title.</param>
/// <param name="Text">The card's text.</param>
/// <param name="Contacts">Tap-to-call and tap-to-text buttons in order (911 first in an emergency).</param>
/// <param name="EmergencyRoom">The line about the nearest emergency room.</param>
/// <param name="Emergency">True for a medical emergency.</param>
/// <param name="Audience">Whether it speaks to the person at risk or to someone worried about another.</param>
/// <param name="Language">The resources' locale key.</param>
public sealed record CrisisReply(
    string Title, string Text, IReadOnlyList<CrisisContact> Contacts, string EmergencyRoom, bool Emergency, TriageAudience Audience, string Language)
{
    /// <summary>Builds the reply for an urgent triage decision.</summary>
    public static CrisisReply For(TriageResult triage, ClinicOptions clinic)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(clinic);
        var (language, resources) = clinic.CrisisResourcesFor(triage.Language);
        var emergency = triage.Kind == TriageKind.Emergency;
        var text = emergency ? resources.EmergencyText : triage.Audience == TriageAudience.Other ? resources.OtherText : resources.SelfText;
        var title = emergency ? resources.EmergencyTitle : triage.Audience == TriageAudience.Other && resources.OtherTitle.Length > 0 ? resources.OtherTitle : resources.Title;
        return new CrisisReply(title, text, [.. resources.Ordered(emergency)],
            resources.EmergencyRoom, emergency, triage.Audience, language);
    }

    /// <summary>The reply as Markdown, every number a link: for channels without cards and as the card's fallback.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(Title).Append("**\n\n").Append(Text).Append("\n\n");
        foreach (var contact in Contacts)
        {
            sb.Append("- [").Append(contact.Label).Append("](").Append(contact.Uri).Append(')');
            if (contact.Note.Length > 0)
            {
                sb.Append(": ").Append(contact.Note);
            }

            sb.Append('\n');
        }

        if (EmergencyRoom.Length > 0)
        {
            sb.Append('\n').Append(EmergencyRoom);
        }

        return sb.ToString().TrimEnd();
    }
}
