namespace FaqBot.Schema.Activities;

/// <summary>The id of a created resource, as the Connector and Direct Line return it.</summary>
/// <param name="Id">The created activity's id.</param>
public sealed record ResourceResponse(string Id);
