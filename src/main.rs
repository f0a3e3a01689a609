//! The `suivi` command: argument parsing, exit codes and output; no logic of its own.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use suivi::pipeline::{self, BuildOptions, Failed};

/// Publish UN human rights recommendations, their implementation, treaty ratifications and
/// reservations as a static website in the six UN languages.
#[derive(Parser)]
#[command(name = "suivi", version, about, long_about = None)]
struct Cli {
    /// Threads to use (default: one per core). The output is the same whatever the number.
    #[arg(short = 'j', long, global = true, value_name = "N")]
    jobs: Option<usize>,
    /// Print only errors (no progress, no summary of warnings)
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: timings of each stage and of each rebuild
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (replaced only when the whole build succeeds)
    Build {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Where to write the site [default: SITE_DIR/public]
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Where the site will be published, e.g. https://example.org/repo/ (overrides site.yaml)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Replace the output folder even if suivi did not write it
        #[arg(long)]
        force: bool,
    },
    /// Load and validate everything, report all problems, write nothing
    Check {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Also report, per language, missing UI messages and records without their own text
        #[arg(long)]
        translations: bool,
        /// With --translations: exit with status 1 when a UI message is missing in a language
        #[arg(long, requires = "translations")]
        strict: bool,
        /// With --translations: the to-do list of this language only (en, fr, es, ar, ru, zh)
        #[arg(long, requires = "translations", value_name = "LANG")]
        lang: Option<String>,
    },
    /// Build the site in memory and serve it on this computer, rebuilding and reloading open
    /// pages as you edit
    Serve {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Port to listen on (0: any free port; the address is printed)
        #[arg(short, long, default_value_t = 8000)]
        port: u16,
        /// Interface to listen on. Anything but 127.0.0.1 or ::1 lets other computers read the
        /// site while you edit it
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
    },
    /// Create a new, working site in DIR
    Init {
        /// The folder to create the site in (created if missing)
        dir: PathBuf,
    },
    /// Write a new recommendation, update or page to fill in, with comments and the next free id
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
    /// Print a shell completion script, e.g. `suivi completions bash > /etc/bash_completion.d/suivi`
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `suivi man > suivi.1 && man ./suivi.1`
    Man,
}

#[derive(Subcommand)]
enum NewCommand {
    /// A draft recommendation in content/recommendations/ (not published until you remove `draft`)
    Recommendation {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The state it is addressed to (ISO alpha-3) [default: the site's state]
        #[arg(long, value_name = "ISO3")]
        state: Option<String>,
        /// The mechanism that made it [default: upr]
        #[arg(long, value_name = "ID")]
        mechanism: Option<String>,
        /// Its id [default: the next free <state>-<mechanism>-<n>]
        #[arg(long)]
        id: Option<String>,
    },
    /// An implementation update of a recommendation in content/updates/, dated today
    Update {
        /// The id of the recommendation the update is about
        recommendation: String,
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Who assesses: government, nhri, civil_society, un_follow_up, other [default: government]
        #[arg(long)]
        assessor: Option<String>,
        /// The status, from the site's vocabulary [default: in_progress]
        #[arg(long)]
        status: Option<String>,
    },
    /// A narrative page in content/pages/
    Page {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Its name in addresses [default: the next free page-<n>]
        #[arg(long)]
        slug: Option<String>,
        /// Its language [default: the site's default language]
        #[arg(long)]
        lang: Option<String>,
    },
}

fn new_file(site_dir: &std::path::Path, result: Result<PathBuf, String>) -> ExitCode {
    match result {
        Ok(path) => {
            let shown = path.strip_prefix(site_dir).unwrap_or(&path);
            println!(
                "created {}; fill it in, then run: suivi check {}",
                shown.display(),
                site_dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn report_failure(site: &std::path::Path, Failed(diags): Failed) -> ExitCode {
    eprint!("{}", diags.render(site));
    eprintln!(
        "error: {} error(s), {} warning(s); nothing was written",
        diags.error_count(),
        diags.warning_count()
    );
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    suivi::progress::set_level(cli.quiet, cli.verbose);
    if let Some(n) = cli.jobs {
        if n == 0 {
            eprintln!("error: --jobs must be at least 1");
            return ExitCode::from(2);
        }
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    match cli.command {
        Command::Build {
            site_dir,
            output,
            base_url,
            force,
        } => {
            match pipeline::build(
                &site_dir,
                &BuildOptions {
                    output,
                    base_url,
                    force,
                },
            ) {
                Ok((report, warnings)) => {
                    if cli.quiet {
                        return ExitCode::SUCCESS;
                    }
                    eprint!("{}", warnings.render(&site_dir));
                    let per_lang: Vec<String> = report
                        .pages_per_language
                        .iter()
                        .map(|(l, n)| format!("{l} {n}"))
                        .collect();
                    println!(
                        "built {} files into {} in {} ms (pages per language: {})",
                        report.files,
                        report.output.display(),
                        report.millis,
                        per_lang.join(", ")
                    );
                    ExitCode::SUCCESS
                }
                Err(failed) => report_failure(&site_dir, failed),
            }
        }
        Command::Check {
            site_dir,
            translations,
            strict,
            lang,
        } => match pipeline::check(&site_dir) {
            Ok((site, warnings)) => {
                eprint!("{}", warnings.render(&site_dir));
                println!(
                    "ok: {} recommendations, {} updates, {} states with ratification data, {} reservations, {} pages; {} warning(s)",
                    site.recommendations.len(),
                    site.updates.len(),
                    site.ratifications.len(),
                    site.reservations.len(),
                    site.pages.len(),
                    warnings.warning_count()
                );
                if !translations {
                    return ExitCode::SUCCESS;
                }
                match suivi::translations::report(&site_dir, &site) {
                    Ok(report) => {
                        let only = match lang.as_deref().map(|l| (l, suivi::i18n::Lang::parse(l))) {
                            None => None,
                            Some((_, Some(l))) => Some(l),
                            Some((l, None)) => {
                                eprintln!("error: `{l}` is not one of en, fr, es, ar, ru, zh");
                                return ExitCode::from(2);
                            }
                        };
                        print!("{report}");
                        print!("{}", report.todo_text(only));
                        if strict && report.missing_ui_messages() > 0 {
                            eprintln!(
                                "error: {} UI message(s) missing (--strict)",
                                report.missing_ui_messages()
                            );
                            return ExitCode::from(1);
                        }
                        ExitCode::SUCCESS
                    }
                    Err(errors) => {
                        let mut d = suivi::diag::Diagnostics::default();
                        d.extend(errors);
                        report_failure(&site_dir, Failed(d))
                    }
                }
            }
            Err(failed) => report_failure(&site_dir, failed),
        },
        Command::Serve {
            site_dir,
            port,
            host,
            open,
        } => match suivi::serve::serve(suivi::serve::ServeOptions {
            site_dir,
            host,
            port,
            open,
            quiet: cli.quiet,
            verbose: cli.verbose,
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::New { what } => match what {
            NewCommand::Recommendation {
                site_dir,
                state,
                mechanism,
                id,
            } => {
                let r = suivi::scaffold::recommendation(
                    &site_dir,
                    &suivi::scaffold::NewRecommendation {
                        state,
                        mechanism,
                        id,
                    },
                );
                new_file(&site_dir, r)
            }
            NewCommand::Update {
                recommendation,
                site_dir,
                assessor,
                status,
            } => {
                let r = suivi::scaffold::update(
                    &site_dir,
                    &suivi::scaffold::NewUpdate {
                        recommendation,
                        assessor,
                        status,
                    },
                );
                new_file(&site_dir, r)
            }
            NewCommand::Page {
                site_dir,
                slug,
                lang,
            } => {
                let r = suivi::scaffold::page(&site_dir, &suivi::scaffold::NewPage { slug, lang });
                new_file(&site_dir, r)
            }
        },
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "suivi", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            match clap_mangen::Man::new(cmd).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Init { dir } => match suivi::init::init(&dir) {
            Ok(()) => {
                println!(
                    "created a new site in {}; build it with: suivi build {}",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
    }
}
