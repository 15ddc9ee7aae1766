using Verbatim.Translation;

var builder = WebApplication.CreateBuilder(args);
builder.AddTranslationService();

var app = builder.Build();
app.MapTranslationService();
app.Run();
