// Chooses the host once for the whole run, prints it, and hands it to the workers through the environment.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chooseHost, HOST_ENV } from './hosts/chooseHost'
import { MAIN_DIR, RENDERER_DIR } from './hosts/paths'

export default function globalSetup(): void {
  for (const built of [join(MAIN_DIR, 'handlers.js'), join(RENDERER_DIR, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npm run build\` first (npm run test:e2e does)`)
  }
  const { host, reason } = chooseHost()
  process.env[HOST_ENV] = host
  console.log(`e2e host: ${host} (${reason})`)
}
