using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Server.Website;

// The default encoder escapes < > & ', so the JSON is safe inside a <script> element.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WebsiteClientConfig))]
public sealed partial class WebsiteJsonContext : JsonSerializerContext;
