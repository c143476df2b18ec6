using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Schema.Activities;

/// <summary>Source-generated JSON metadata for the activity model: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(List<Activity>))]
public sealed partial class BotJsonContext : JsonSerializerContext;
