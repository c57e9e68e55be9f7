// The dataset's code is generated at build time from data/ by Dataset.Generator; this project has no other source.
// This file exists so that the project has a Compile item: without one the SDK skips GenerateTargetFrameworkMonikerAttribute
// (its condition is '@(Compile)' != ''), and Dataset.dll would carry no [TargetFramework] attribute.
