//! `suivi init DIR`: a new, working site with a config, a few sample records and an about page.
//! The theme and UI strings are built in, so a new site needs no copy of them.

use std::path::Path;

const SITE_YAML: &str = r#"# The site's configuration: see docs/content.md for every field.
title:
  en: "Human rights recommendations tracker"
  fr: "Suivi des recommandations relatives aux droits de l'homme"
languages: [en, fr, es, ar, ru, zh]
default_language: en
fallback: [en, fr]
base_url: "/"
"#;

const RECOMMENDATIONS: &str = r#"# Recommendations: one record per list item. See docs/content.md.
# These two are real: Slovenia's third UPR cycle (A/HRC/43/15), as listed by OHCHR.
- id: svn-upr3-121-29
  mechanism: upr
  state: SVN
  document: A/HRC/43/15
  paragraph: "121.29"
  date: "2019"
  upr_cycle: 3
  upr_session: 34
  text:
    en: "Continue already commendable efforts to achieve gender equality and women’s empowerment, including through greater participation by women in political life at the local and national level (Australia);"
  recommending_states: [AUS]
  position: supported
  position_source: {document: A/HRC/43/15, paragraph: "121"}
  sdg_goals: ["5", "16"]
- id: my-first-recommendation
  mechanism: crc
  state: SVN
  document: CRC/C/SVN/CO/3-4
  paragraph: "10"
  text:
    en: "Replace this sample with a real recommendation: its official text, document symbol and paragraph."
"#;

const UPDATE: &str = r#"---
recommendations: [svn-upr3-121-29]
date: 2025-01-15
assessor: nhri
status: in_progress
example: true
---
Illustrative example: this update shows how an assessment is displayed. Replace it with a real one.
"#;

const ABOUT_EN: &str = "---\ntitle: About this site\nweight: 1\n---\nThis site tracks human rights recommendations and how they are implemented.\n";
const ABOUT_FR: &str = "---\ntitle: À propos de ce site\nweight: 1\n---\nCe site suit les recommandations relatives aux droits de l'homme et leur mise en œuvre.\n";

/// Creates the site; refuses a folder that already has a `site.yaml` or any content.
pub fn init(dir: &Path) -> Result<(), String> {
    if dir.join("site.yaml").exists() || dir.join("content").exists() {
        return Err(format!(
            "{} already holds a site (site.yaml or content/); choose a new folder",
            dir.display()
        ));
    }
    let files = [
        ("site.yaml", SITE_YAML),
        ("content/recommendations/sample.yaml", RECOMMENDATIONS),
        ("content/updates/example-update.md", UPDATE),
        ("content/pages/about.en.md", ABOUT_EN),
        ("content/pages/about.fr.md", ABOUT_FR),
        (".gitignore", "/public/\n"),
    ];
    for (path, text) in files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&full, text).map_err(|e| format!("{}: {e}", full.display()))?;
    }
    Ok(())
}
