import { defineMessages } from './define';

/**
 * The `aws kms` console section and the "equivalent CLI command" box other sections show. What the console
 * prints is the AWS CLI's own output (English, as the real CLI prints it) and is not translated; everything
 * around it is. Text in `backticks` is a command, option, file name or identifier and is shown as code.
 */
export const consoleMessages = defineMessages({
  title: 'Run `aws kms` commands',
  lead: 'Type AWS CLI (version 2) commands as you would in a real shell. Each KMS call becomes a step of the scenario: the player can step back over it, a shared link carries it, and the other sections show what it did.',
  shellHelp:
    'KMS Lab’s console runs `aws` (KMS commands) and a few shell tools, in this tab only.\n\n  aws kms help                   the KMS commands\n  aws kms <command> help         one command’s parameters\n  echo, cat, ls, base64 [-d]     files in the Files panel\n  command | command              pipes\n  command > file, >> file        writes (and appends to) a file\n  NAME=value, NAME=$(command)    variables, used as $NAME\n\nTab completes, ↑ ↓ go through the history, Ctrl+L clears the screen.\n',
  terminal: {
    label: 'Console',
    logLabel: 'Console output',
    inputLabel: 'Command',
    keys: '`Enter` runs · `Shift+Enter` adds a line · `↑` `↓` history · `Tab` completes · `Ctrl+L` clears the screen · `Esc` leaves the command line',
    run: 'Run',
    clear: 'Clear screen',
    empty: 'No commands yet. Type one below, or choose an example.',
    running: 'Running: the call is being recorded as a scenario step and replayed…',
    stdout: 'Standard output',
    stderr: 'Standard error',
    exitOk: 'Exit status 0',
    exitFailed: 'Exit status {code}',
    goToStep: 'Step {step}',
    goToStepLabel: 'Show step {step} in the player',
    current: 'The step under the player’s cursor',
    elsewhere: 'Made in another section',
    later: 'Commands after the player’s position are hidden: {count}. Move the player forward to see them.',
    completions: 'Completions:',
    noCompletion: 'No completion for this word.',
    cursorNote:
      'The player is not on the last step. A new command is added after the last step, and the player moves there.',
  },
  files: {
    title: 'Files',
    caption:
      'Files the console reads with `fileb://name` (or `file://name`) and writes with `>`. They stay in this browser tab only.',
    name: 'Name',
    size: 'Size',
    actions: 'Actions',
    bytes: '{count} {count|one=byte|other=bytes}',
    upload: 'Add a file from this computer',
    added: 'Added `{name}`. Use it as `fileb://{name}`.',
    tooLarge:
      '{name} is larger than {limit} {limit|one=byte|other=bytes}; the console keeps small files only. Nothing was added.',
    download: 'Download',
    downloadLabel: 'Download {name}',
    remove: 'Delete',
    removeLabel: 'Delete {name}',
    empty: 'No files yet.',
  },
  profiles: {
    title: 'Profiles',
    caption:
      '`--profile` chooses who signs the call. `default` is the principal you are acting as in the other sections.',
    profile: 'Profile',
    principal: 'Principal',
  },
  examples: {
    title: 'Examples',
    intro: 'Choosing an example puts it on the command line. Press `Enter` to run it.',
    createKey: 'Create a symmetric encryption key and keep its ID in a shell variable.',
    createAlias: 'Give the key a friendly name.',
    encrypt: 'Encrypt `secret.txt` with an encryption context.',
    encryptToFile: 'Keep the ciphertext: the text output, decoded with `base64` into a file.',
    decrypt: 'Decrypt the file: KMS finds the key in the ciphertext itself.',
    decryptWrongContext: 'Decrypt with a different encryption context: KMS refuses.',
    listAliases: 'List the aliases as a table.',
    describeAsDev: 'Describe the key as the developer (`--profile dev`).',
    encryptAsAuditor: 'Try to encrypt as the auditor, who may only read.',
    help: 'Show the commands the console understands.',
  },
  cli: {
    title: 'Equivalent AWS CLI command',
    copy: 'Copy',
    copyLabel: 'Copy the AWS CLI command',
    copied: 'Copied.',
    copyManual: 'The browser did not allow copying. The command is selected: press `Ctrl+C` (`⌘C` on a Mac).',
    files: 'What the command needs:',
    fileBytes: '`{name}` ({count} {count|one=byte|other=bytes})',
    downloadLabel: 'Download {name}',
    fromStep: '`{name}`: the `{field}` that step {step} returned',
    profile: 'Signed as `{principal}`: use a CLI profile with that identity’s credentials.',
    viaService:
      'In the scenario, `{service}` made this call for the caller (`kms:ViaService`). From a shell, the call is made directly.',
  },
});
