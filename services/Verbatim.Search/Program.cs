using Verbatim.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddSearchService();

var app = builder.Build();
app.MapSearchService();
app.Run();
