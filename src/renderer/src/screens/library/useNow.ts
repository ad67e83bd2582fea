import { useEffect, useState } from 'react'

/** The time, renewed every minute, so that "3 minutes ago" keeps telling the truth in a window left open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
