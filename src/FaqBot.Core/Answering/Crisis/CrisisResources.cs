namespace FaqBot.Core.Answering.Crisis;

/// <summary>
/// The crisis and emergency texts and numbers for one locale (<c>Clinic:CrisisResources:&lt;locale&gt;</c>): what the
/// crisis card says to someone at risk, to someone worried about another person, and in a medical emergency.
/// </summary>
public sealed class CrisisResources
{
    /// <summary>The crisis card's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>To the writer at risk.</summary>
    public string SelfText { get; set; } = "";

    /// <summary>The card's title for someone worried about another person.</summary>
    public string OtherTitle { get; set; } = "";

    /// <summary>To someone worried about another person.</summary>
    public string OtherText { get; set; } = "";

    /// <summary>The emergency card's title (911 first).</summary>
    public string EmergencyTitle { get; set; } = "";

    /// <summary>The emergency card's text.</summary>
    public string EmergencyText { get; set; } = "";

    /// <summary>One line about the nearest emergency room.</summary>
    public string EmergencyRoom { get; set; } = "";

    /// <summary>The welcome's one line on what to do in an emergency.</summary>
    public string WelcomeNote { get; set; } = "";

    /// <summary>Crisis lines, emergency services and the clinic, as tap-to-call and tap-to-text buttons.</summary>
    public List<CrisisContact> Contacts { get; set; } = [];

    /// <summary>The contacts in card order: emergency services first for an emergency, crisis lines first otherwise.</summary>
    public IEnumerable<CrisisContact> Ordered(bool emergency)
    {
        string[] order = emergency ? ["emergency", "crisis", "clinic"] : ["crisis", "emergency", "clinic"];
        return order.SelectMany(kind => Contacts.Where(c => string.Equals(c.Kind, kind, StringComparison.OrdinalIgnoreCase)));
    }
}
